import type { PartnershipItemType, PartnershipStatus } from '@oip/domain';
import { offerId, requestId } from '../marketplace/marketplace.seed-data';

/** Fixed ids, so the web's tests and the docs can point at them. */
export const demoPartnershipId = (n: number) =>
  `7a000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const demoRoomId = (n: number) => `7b000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const demoMessageId = (n: number) =>
  `7c000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export interface DemoPartnership {
  n: number;
  /** Demo organisation numbers (organisations.seed-data). */
  initiator: number;
  recipient: number;
  itemType: PartnershipItemType;
  itemId: string;
  status: PartnershipStatus;
  createdDaysAgo: number;
  decidedDaysAgo?: number;
  concludedDaysAgo?: number;
  declineReason?: string;
  /** What each side wrote: [organisation number, text]. */
  messages: [number, string][];
}

/**
 * A few partnerships around the demo accounts: one proposed to pmi@'s Meccanica Brianzola (1),
 * one active between it and ricerca@'s robotics lab (4), one concluded between Siderurgica
 * Camuna (8) and Centro Materiali Avanzati (7), one of startup@'s Agrisense (5) declined.
 * The active and concluded ones feed the live indicator (a company with a research centre).
 */
export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    n: 1,
    initiator: 2,
    recipient: 1,
    itemType: 'request',
    itemId: requestId(1),
    status: 'proposed',
    createdDaysAgo: 2,
    messages: [
      [
        2,
        'Buongiorno, il nostro gruppo di misure ha un sistema di ispezione a luce strutturata già provato su pezzi torniti: possiamo fare una prova sui vostri campioni entro un mese.',
      ],
    ],
  },
  {
    n: 2,
    initiator: 1,
    recipient: 4,
    itemType: 'offer',
    itemId: offerId(1),
    status: 'active',
    createdDaysAgo: 12,
    decidedDaysAgo: 10,
    messages: [
      [
        1,
        'Ci interessa la vostra visione artificiale per la linea di tornitura: scarti al 3% che vorremmo dimezzare. Possiamo vederci in laboratorio?',
      ],
    ],
  },
  {
    n: 3,
    initiator: 7,
    recipient: 8,
    itemType: 'request',
    itemId: requestId(2),
    status: 'concluded',
    createdDaysAgo: 200,
    decidedDaysAgo: 195,
    concludedDaysAgo: 20,
    messages: [
      [
        7,
        'Il nostro processo di recupero del ferro dalle scorie è pronto per una prova industriale: proponiamo sei mesi di sperimentazione a Darfo.',
      ],
    ],
  },
  {
    n: 4,
    initiator: 5,
    recipient: 1,
    itemType: 'request',
    itemId: requestId(1),
    status: 'declined',
    createdDaysAgo: 30,
    decidedDaysAgo: 28,
    declineReason:
      'Grazie, ma cerchiamo un sistema di ispezione visiva, non sensori da campo. Vi terremo presenti per altri progetti.',
    messages: [
      [
        5,
        'I nostri sensori a basso consumo potrebbero monitorare le condizioni dei vostri torni: ne parliamo?',
      ],
    ],
  },
];
