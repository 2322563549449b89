import {
  ATECO_SECTIONS,
  ORGANISATION_KINDS,
  S3_ECOSYSTEMS,
  type OrganisationKind,
} from '@oip/domain';
import type { MatchFactor } from './matchmaking.types';

export type Locale = 'it' | 'en';

const kindLabel = (kind: OrganisationKind, locale: Locale) =>
  ORGANISATION_KINDS.terms.find((term) => term.code === kind)?.label[locale] ?? kind;

const list = (values: readonly string[] = []) => values.join(', ');

/** The terms' labels, not their codes ("Manufacturing", not "C"). */
const labels = (
  taxonomy: typeof S3_ECOSYSTEMS | typeof ATECO_SECTIONS,
  codes: readonly string[] = [],
  locale: Locale,
) => list(codes.map((code) => taxonomy.terms.find((t) => t.code === code)?.label[locale] ?? code));

/** Region names that English spells differently (the data holds the Italian ones). */
const REGIONS_EN: Record<string, string> = {
  Lombardia: 'Lombardy',
  Piemonte: 'Piedmont',
  Toscana: 'Tuscany',
  Sardegna: 'Sardinia',
  Sicilia: 'Sicily',
  Puglia: 'Apulia',
  "Valle d'Aosta": 'Aosta Valley',
};

/**
 * "Why this match" as short sentence fragments, one per factor worth saying, in the order of
 * their contribution: "3 shared tags: robotics, vision, quality control", "TRL 6 fits 5–7",
 * "Research centre in your province". Penalties are said too, so a low match is explained.
 */
export function renderReasons(factors: readonly MatchFactor[], locale: Locale): string[] {
  const it = locale === 'it';
  return [...factors]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .map((f): string | null => {
      switch (f.factor) {
        case 'TEXT':
          return it ? 'Testo affine' : 'Similar wording';
        case 'TAGS': {
          const n = f.shared?.length ?? 0;
          return it
            ? `${n} tag in comune: ${list(f.shared)}`
            : `${n} shared ${n === 1 ? 'tag' : 'tags'}: ${list(f.shared)}`;
        }
        case 'ECOSYSTEMS':
          if (f.contribution < 0)
            return it ? 'Nessun ecosistema S3 in comune' : 'No shared S3 ecosystem';
          if (f.thesis)
            return it
              ? `Tesi d'investimento negli ecosistemi S3: ${labels(S3_ECOSYSTEMS, f.shared, locale)}`
              : `Investment thesis in the S3 ecosystems: ${labels(S3_ECOSYSTEMS, f.shared, locale)}`;
          return it
            ? `Ecosistemi S3 in comune: ${labels(S3_ECOSYSTEMS, f.shared, locale)}`
            : `Shared S3 ecosystems: ${labels(S3_ECOSYSTEMS, f.shared, locale)}`;
        case 'ATECO':
          return it
            ? `Settori ATECO in comune: ${labels(ATECO_SECTIONS, f.shared, locale)}`
            : `Shared ATECO sectors: ${labels(ATECO_SECTIONS, f.shared, locale)}`;
        case 'TRL':
          return trlReason(f, it);
        case 'PARTNER_KIND': {
          const label = f.kind ? kindLabel(f.kind, locale) : '';
          if (f.peer)
            return it
              ? `${label}: dalla stessa parte del mercato (concorrente o fornitore)`
              : `${label}: on the same side of the market (a competitor or a supplier)`;
          if (f.contribution < 0)
            return it
              ? `${label}: tipo di partner non richiesto`
              : `${label}: not a partner kind sought`;
          if (f.sought)
            return it
              ? `${label}: il tipo di partner cercato`
              : `${label}: the partner kind sought`;
          return it ? `${label}: partner complementare` : `${label}: a complementary partner`;
        }
        case 'GEOGRAPHY':
          if (f.sameProvince)
            return it ? `Nella tua provincia (${f.province})` : `In your province (${f.province})`;
          return it
            ? `Nella tua regione (${f.region})`
            : `In your region (${REGIONS_EN[f.region ?? ''] ?? f.region})`;
        case 'TRACK_RECORD':
          return trackRecordText(f.partnerships ?? 0, f.count ?? 0, it);
        case 'PORTFOLIO': {
          const title = it ? f.titleIt || f.titleEn : f.titleEn || f.titleIt;
          const more = (f.count ?? 1) - 1;
          if (it)
            return `Pubblica «${title}»${more === 1 ? ' e un altro elemento affine' : more > 1 ? ` e altri ${more} elementi affini` : ''}`;
          return `Publishes “${title}”${more > 0 ? ` and ${more} more related ${more === 1 ? 'item' : 'items'}` : ''}`;
        }
        case 'FRESHNESS':
          return ageText(f.ageDays ?? 0, it);
        default:
          return null;
      }
    })
    .filter((reason): reason is string => reason !== null);
}

function trlReason(f: MatchFactor, it: boolean): string {
  const range = f.trlMin === f.trlMax ? `${f.trlMin}` : `${f.trlMin}–${f.trlMax}`;
  if (f.trl === null || f.trl === undefined)
    return f.contribution >= 0
      ? it
        ? `Lavora ai TRL ${range} richiesti`
        : `Works at the TRL ${range} sought`
      : it
        ? `Lavora sotto i TRL ${range} richiesti`
        : `Works below the TRL ${range} sought`;
  if (f.trl >= (f.trlMin ?? 1) && f.trl <= (f.trlMax ?? 9))
    return it ? `TRL ${f.trl} nell'intervallo ${range}` : `TRL ${f.trl} fits ${range}`;
  if (f.trl > (f.trlMax ?? 9))
    return it ? `TRL ${f.trl} oltre l'intervallo ${range}` : `TRL ${f.trl} above ${range}`;
  return it ? `TRL ${f.trl} sotto l'intervallo ${range}` : `TRL ${f.trl} below ${range}`;
}

/** "Track record: 2 partnerships, 1 awarded submission": the parts that are not zero. */
function trackRecordText(partnerships: number, awarded: number, it: boolean): string {
  const parts: string[] = [];
  if (partnerships > 0)
    parts.push(
      it
        ? `${partnerships} ${partnerships === 1 ? 'partenariato' : 'partenariati'}`
        : `${partnerships} ${partnerships === 1 ? 'partnership' : 'partnerships'}`,
    );
  if (awarded > 0)
    parts.push(
      it
        ? `${awarded} ${awarded === 1 ? 'proposta premiata' : 'proposte premiate'}`
        : `${awarded} awarded ${awarded === 1 ? 'submission' : 'submissions'}`,
    );
  return `${it ? 'Esperienza' : 'Track record'}: ${parts.join(', ')}`;
}

/** "Published today", "Published 1 day ago", "Published 12 days ago". */
function ageText(days: number, it: boolean): string {
  // Italian without a gender: the item may be an offer, a request (feminine) or a challenge
  if (days === 0) return it ? 'Pubblicazione: oggi' : 'Published today';
  if (days === 1) return it ? 'Pubblicazione: ieri' : 'Published yesterday';
  return it ? `Pubblicazione: ${days} giorni fa` : `Published ${days} days ago`;
}
