import { newOrganisation } from './harness/partnerships';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  ANON,
  authorizationWorld,
  DENY,
  describeMatrix,
  NONE,
  OK,
  type Cell,
  type Operation,
} from './harness/authorization';
import { createItem } from './harness/marketplace';
import type { Person } from './harness/people';

/**
 * Who may call each REST endpoint that changes state (the cells, actors and checks are
 * described in harness/authorization.ts): the uploads, which do not fit a JSON GraphQL request,
 * and the personal data export (a GET, but audited). The ones that take the session cookie for
 * a write also want `X-Requested-With: oip` (CsrfHeaderGuard), checked after the session.
 */
const CSRF = 'CSRF_HEADER_MISSING';

// prettier-ignore
const MATRIX: Record<string, string[]> = {
  //                                                    anonymous  no org  owner elsewhere  member  admin  owner  moderator  platform admin
  'POST /api/me/avatar':                                 [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK  ],
  'POST /api/me/avatar: no CSRF header':                 [ANON,     CSRF,   CSRF,            CSRF,   CSRF,  CSRF,  CSRF,      CSRF],
  'DELETE /api/me/avatar':                               [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK  ],
  'DELETE /api/me/avatar: no CSRF header':               [ANON,     CSRF,   CSRF,            CSRF,   CSRF,  CSRF,  CSRF,      CSRF],
  'POST /api/organisations/:id/logo':                    [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      OK  ],
  'POST /api/organisations/:id/logo: no CSRF header':    [ANON,     CSRF,   CSRF,            CSRF,   CSRF,  CSRF,  CSRF,      CSRF],
  'POST /api/organisations/:id/logo: unknown organisation': [ANON,  NONE,   NONE,            NONE,   NONE,  NONE,  NONE,      NONE],
  'GET /api/me/export':                                  [ANON,     OK,     OK,              OK,     OK,    OK,    OK,        OK  ],
  // a draft offer of the cell's organisation (published ones: offer-attachments.e2e.spec.ts)
  'POST /api/offers/:id/attachments':                    [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
  'POST /api/offers/:id/attachments: no CSRF header':    [ANON,     CSRF,   CSRF,            CSRF,   CSRF,  CSRF,  CSRF,      CSRF],
  'POST /api/rooms/:id/attachments: its partnership room': [ANON,  'ROOM_NOT_MEMBER', 'ROOM_NOT_MEMBER', OK, OK, OK, 'ROOM_NOT_MEMBER', 'ROOM_NOT_MEMBER'],
  'POST /api/rooms/:id/attachments: no CSRF header':     [ANON,     CSRF,   CSRF,            CSRF,   CSRF,  CSRF,  CSRF,      CSRF],
  'DELETE /api/files/:id of an offer':                   [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
};

describe('authorization: REST endpoints that change state × roles', () => {
  const uploads = join(tmpdir(), `oip-authz-rest-${randomUUID()}`);
  const world = authorizationWorld({ UPLOADS_DIR: uploads });
  let png: Buffer;
  beforeAll(async () => {
    png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#0b5a3c' } })
      .png()
      .toBuffer();
  });
  afterAll(() => rm(uploads, { recursive: true, force: true }));

  const one = async (sql: string, parameters: unknown[]) => (await world.query(sql, parameters))[0];
  const avatarOf = async (userId: string) =>
    (await one(`SELECT avatar_key FROM person_profile WHERE user_id = $1`, [userId]))?.avatar_key ??
    null;

  /** Calls the endpoint as the cell's caller; 'OK' for a 2xx answer, else its `code`. */
  async function send(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    who: Person | null,
    { csrf = true, file = false } = {},
  ): Promise<string> {
    let body: FormData | undefined;
    if (file) {
      body = new FormData();
      body.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'image.png');
    }
    const response = await fetch(`${world.api.url}${path}`, {
      method,
      body,
      headers: {
        ...(csrf ? { 'x-requested-with': 'oip' } : {}),
        ...(who?.client.cookie ? { cookie: who.client.cookie } : {}),
      },
    });
    // read every body: an unread one keeps its connection busy, and the server's close waits
    if (response.ok) {
      await response.arrayBuffer();
      return OK;
    }
    return String(((await response.json()) as { code?: string }).code);
  }

  const uploadAvatar = (csrf: boolean): Operation => ({
    call: ({ caller }) => send('POST', '/api/me/avatar', caller, { csrf, file: true }),
    async effect({ caller }) {
      expect(await avatarOf(caller!.id)).toMatch(/^avatars\//);
    },
  });
  /** The caller (or, for anonymous, the target) has an avatar to delete. */
  const deleteAvatar = (csrf: boolean): Operation => ({
    async prepare({ caller, people }) {
      const whose = caller ?? people.target;
      expect(await send('POST', '/api/me/avatar', whose, { file: true })).toBe(OK);
      return {};
    },
    call: ({ caller }) => send('DELETE', '/api/me/avatar', caller, { csrf }),
    async effect({ caller }) {
      expect(await avatarOf(caller!.id)).toBeNull();
    },
  });
  const uploadLogo = (organisation: (cell: Cell) => string, csrf = true): Operation => ({
    call: (cell) =>
      send('POST', `/api/organisations/${organisation(cell)}/logo`, cell.caller, {
        csrf,
        file: true,
      }),
    async effect({ organisationId, caller }) {
      const row = await one(`SELECT logo_key FROM organisation WHERE id = $1`, [organisationId]);
      expect(row?.logo_key).toMatch(/^logos\//);
      const audit = await world.query(
        `SELECT actor_id FROM audit_event WHERE action = 'organisation.logo_changed' AND subject_id = $1`,
        [organisationId],
      );
      expect(audit).toEqual([{ actor_id: caller!.id }]);
    },
  });

  const offerFiles = async (offerId: string) =>
    world.query(`SELECT file_id FROM offer_attachment WHERE offer_id = $1`, [offerId]);
  /** A draft offer of the cell's organisation, created by its owner. */
  const draftOffer = async ({ people, organisationId }: Cell) => ({
    offerId: (await createItem(people.owner, 'offer', organisationId)).id,
  });
  const uploadOfferFile = (csrf: boolean): Operation => ({
    prepare: draftOffer,
    call: ({ caller, given }) =>
      send('POST', `/api/offers/${given.offerId}/attachments`, caller, { csrf, file: true }),
    async effect({ given }) {
      expect(await offerFiles(given.offerId!)).toHaveLength(1);
    },
  });

  /** The private room of the cell's organisation and another one. */
  const partnershipRoom = async ({ organisationId }: Cell) => {
    const [room] = await world.query(
      `INSERT INTO room (kind, title) VALUES ('partnership', 'Stanza') RETURNING id`,
    );
    const other = { id: await newOrganisation(world.people.stranger) };
    await world.query(
      `INSERT INTO room_organisation (room_id, organisation_id) VALUES ($1, $2), ($1, $3)`,
      [room!.id, organisationId, other!.id],
    );
    return { roomId: String(room!.id) };
  };
  const uploadRoomFile = (csrf: boolean): Operation => ({
    prepare: partnershipRoom,
    call: ({ caller, given }) =>
      send('POST', `/api/rooms/${given.roomId}/attachments`, caller, { csrf, file: true }),
    async effect({ given, caller }) {
      const rows = await world.query(
        `SELECT uploaded_by, message_id FROM room_attachment WHERE room_id = $1`,
        [given.roomId],
      );
      expect(rows).toEqual([{ uploaded_by: caller!.id, message_id: null }]);
    },
  });

  const OPERATIONS: Record<string, Operation> = {
    'POST /api/rooms/:id/attachments: its partnership room': uploadRoomFile(true),
    'POST /api/rooms/:id/attachments: no CSRF header': uploadRoomFile(false),
    'POST /api/offers/:id/attachments': uploadOfferFile(true),
    'POST /api/offers/:id/attachments: no CSRF header': uploadOfferFile(false),
    'DELETE /api/files/:id of an offer': {
      async prepare(cell) {
        const { offerId } = await draftOffer(cell);
        expect(
          await send('POST', `/api/offers/${offerId}/attachments`, cell.people.owner, {
            file: true,
          }),
        ).toBe(OK);
        const [row] = await offerFiles(offerId);
        return { offerId, fileId: String(row?.file_id) };
      },
      call: ({ caller, given }) => send('DELETE', `/api/files/${given.fileId}`, caller),
      async effect({ given }) {
        expect(await offerFiles(given.offerId!)).toEqual([]);
      },
    },
    'POST /api/me/avatar': uploadAvatar(true),
    'POST /api/me/avatar: no CSRF header': uploadAvatar(false),
    'DELETE /api/me/avatar': deleteAvatar(true),
    'DELETE /api/me/avatar: no CSRF header': deleteAvatar(false),
    'POST /api/organisations/:id/logo': uploadLogo((cell) => cell.organisationId),
    'POST /api/organisations/:id/logo: no CSRF header': uploadLogo(
      (cell) => cell.organisationId,
      false,
    ),
    'POST /api/organisations/:id/logo: unknown organisation': uploadLogo(() => randomUUID()),
    'GET /api/me/export': {
      call: ({ caller }) => send('GET', '/api/me/export', caller),
      async effect({ caller }) {
        const audit = await world.query(
          `SELECT subject_id FROM audit_event WHERE action = 'privacy.exported' AND actor_id = $1`,
          [caller!.id],
        );
        expect(audit).toEqual([{ subject_id: caller!.id }]); // one's own data only
      },
    },
  };

  describeMatrix(world, MATRIX, OPERATIONS);
});
