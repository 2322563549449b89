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
import {
  actionDocument,
  createDocument,
  createItem,
  deleteDocument,
  forceItemStatus,
  marketplaceInput,
  TABLE_OF,
  TYPE_OF,
  updateDocument,
  type Kind,
} from './harness/marketplace';

/**
 * Who may create, edit, publish, renew, archive and delete technology offers and collaboration requests
 * (cells, actors and checks in harness/authorization.ts). The item belongs to the cell's
 * organisation; only its owners and admins write. Moderators see drafts but never write;
 * anyone sees published items, so strangers get FORBIDDEN there and NOT_FOUND on drafts.
 */
const ROWS: Record<string, string[]> = {
  //                        anonymous  no org  owner elsewhere  member  admin  owner  moderator  platform admin
  'create':                 [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      DENY],
  'update: a draft':        [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
  'update: a published one':[ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      DENY],
  'publish: a draft':       [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
  'renew: an expired one':  [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      DENY],
  'archive: a published one':[ANON,    DENY,   DENY,            DENY,   OK,    OK,    DENY,      DENY],
  'delete: a draft':        [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
}; // prettier-ignore

describe('authorization: technology offer and collaboration request mutations × roles', () => {
  const world = authorizationWorld();
  const one = async (sql: string, parameters: unknown[]) => (await world.query(sql, parameters))[0];

  const itemIn =
    (kind: Kind, status: 'draft' | 'published' | 'expired') =>
    async ({ people, organisationId }: Cell) => {
      const { id } = await createItem(people.owner, kind, organisationId);
      if (status !== 'draft') await forceItemStatus(world.api, kind, id, status);
      return { id };
    };
  const row = (kind: Kind, id: string) =>
    one(`SELECT status, version, title_it, expires_at FROM ${TABLE_OF[kind]} WHERE id = $1`, [id]);
  const byId: Operation['variables'] = ({ given }) => ({ id: given.id });

  const operationsOf = (kind: Kind): Record<string, Operation> => {
    const update: Operation['variables'] = ({ given }) => ({
      id: given.id,
      expectedVersion: 1,
      input: marketplaceInput(kind, { titleIt: 'Titolo cambiato' }),
    });
    const updated = async ({ given }: Cell) =>
      expect(await row(kind, given.id!)).toMatchObject({ title_it: 'Titolo cambiato', version: 2 });
    const publishedUntilNextYear = async ({ given }: Cell) => {
      const after = await row(kind, given.id!);
      expect(after!.status).toBe('published');
      expect((after!.expires_at as Date).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    };
    return {
      [`create${TYPE_OF[kind]}`]: {
        document: createDocument(kind),
        variables: ({ organisationId }) => ({ organisationId, input: marketplaceInput(kind) }),
        async effect({ organisationId, caller }) {
          expect(
            await one(
              `SELECT status, created_by FROM ${TABLE_OF[kind]} WHERE organisation_id = $1`,
              [organisationId],
            ),
          ).toEqual({ status: 'draft', created_by: caller!.id });
        },
      },
      [`update${TYPE_OF[kind]}: a draft`]: {
        prepare: itemIn(kind, 'draft'),
        document: updateDocument(kind),
        variables: update,
        effect: updated,
      },
      [`update${TYPE_OF[kind]}: a published one`]: {
        prepare: itemIn(kind, 'published'),
        document: updateDocument(kind),
        variables: update,
        effect: updated,
      },
      [`publish${TYPE_OF[kind]}: a draft`]: {
        prepare: itemIn(kind, 'draft'),
        document: actionDocument(kind, 'publish'),
        variables: byId,
        effect: publishedUntilNextYear,
      },
      [`renew${TYPE_OF[kind]}: an expired one`]: {
        prepare: itemIn(kind, 'expired'),
        document: actionDocument(kind, 'renew'),
        variables: byId,
        effect: publishedUntilNextYear,
      },
      [`archive${TYPE_OF[kind]}: a published one`]: {
        prepare: itemIn(kind, 'published'),
        document: actionDocument(kind, 'archive'),
        variables: byId,
        effect: async ({ given }) =>
          expect(await row(kind, given.id!)).toMatchObject({ status: 'archived' }),
      },
      [`delete${TYPE_OF[kind]}: a draft`]: {
        prepare: itemIn(kind, 'draft'),
        document: deleteDocument(kind),
        variables: byId,
        effect: async ({ given }) => expect(await row(kind, given.id!)).toBeUndefined(),
      },
    };
  };

  // the same rows for both kinds: `create` → createTechnologyOffer, createCollaborationRequest
  const MATRIX = Object.fromEntries(
    (['offer', 'request'] as const).flatMap((kind) =>
      Object.entries(ROWS).map(([name, outcomes]) => {
        const [verb, rest] = name.split(':');
        return [`${verb}${TYPE_OF[kind]}${rest ? `:${rest}` : ''}`, outcomes];
      }),
    ),
  );
  const OPERATIONS = { ...operationsOf('offer'), ...operationsOf('request') };

  describeMatrix(world, MATRIX, OPERATIONS, 'marketplace');
});
