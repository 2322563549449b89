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
  ACCEPT,
  CONCLUDE,
  DECLINE,
  decideAs,
  EXPRESS_INTEREST,
  expressInterest,
  FORM_GROUP,
  newOrganisation,
  publishedOffer,
  WITHDRAW,
} from './harness/partnerships';

/**
 * Who may express interest, decide, withdraw, conclude and form project groups (cells, actors
 * and checks in harness/authorization.ts). The cell's organisation is the side that acts; the
 * other side belongs to `stranger`. Owners and admins act for their organisation; its plain
 * members and the platform staff see its partnerships but never act; anyone else does not
 * know they exist (NOT_FOUND).
 */
const MATRIX: Record<string, string[]> = {
  //                                              anonymous  no org  owner elsewhere  member  admin  owner  moderator  platform admin
  'expressInterest: for the cell organisation':   [ANON,     DENY,   DENY,            DENY,   OK,    OK,    DENY,      DENY],
  'acceptPartnership: one it received':           [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
  'declinePartnership: one it received':          [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
  'withdrawPartnership: one it sent':             [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
  'concludePartnership: an active one':           [ANON,     NONE,   NONE,            DENY,   OK,    OK,    DENY,      DENY],
  'formProjectGroup: two active ones on its offer':[ANON,    DENY,   DENY,            DENY,   OK,    OK,    DENY,      DENY],
}; // prettier-ignore

describe('authorization: partnership mutations × roles', () => {
  const world = authorizationWorld();
  const statusOf = async (id: string) =>
    (await world.query(`SELECT status FROM partnership WHERE id = $1`, [id]))[0]?.status;

  /** An organisation of the stranger's with a published offer. */
  const strangerOffer = async () => {
    const organisationId = await newOrganisation(world.people.stranger, 'research_centre');
    return {
      organisationId,
      offerId: await publishedOffer(world.api, world.people.stranger, organisationId),
    };
  };

  /** The stranger's organisation expressed interest in the cell organisation's offer. */
  const received = async ({ people, organisationId }: Cell) => {
    const offerId = await publishedOffer(world.api, people.owner, organisationId);
    const partner = await newOrganisation(world.people.stranger);
    const { id } = await expressInterest(world.people.stranger, { from: partner, itemId: offerId });
    return { id, offerId, partner };
  };

  const byId: Operation['variables'] = ({ given }) => ({ id: given.id });
  const statusBecomes =
    (status: string) =>
    async ({ given }: Cell) =>
      expect(await statusOf(given.id!)).toBe(status);

  const OPERATIONS: Record<string, Operation> = {
    'expressInterest: for the cell organisation': {
      prepare: async () => ({ offerId: (await strangerOffer()).offerId }),
      document: EXPRESS_INTEREST,
      variables: ({ organisationId, given }) => ({
        input: {
          fromOrganisationId: organisationId,
          itemType: 'OFFER',
          itemId: given.offerId,
          message: 'Ci interessa molto.',
        },
      }),
      async effect({ organisationId, given, caller }) {
        const rows = await world.query(
          `SELECT status, created_by FROM partnership WHERE initiator_organisation_id = $1 AND item_id = $2`,
          [organisationId, given.offerId],
        );
        expect(rows).toEqual([{ status: 'proposed', created_by: caller!.id }]);
      },
    },
    'acceptPartnership: one it received': {
      prepare: received,
      document: ACCEPT,
      variables: byId,
      effect: statusBecomes('active'),
    },
    'declinePartnership: one it received': {
      prepare: received,
      document: DECLINE,
      variables: ({ given }) => ({ id: given.id, reason: 'Non ora' }),
      effect: statusBecomes('declined'),
    },
    'withdrawPartnership: one it sent': {
      async prepare({ people, organisationId }) {
        const { offerId } = await strangerOffer();
        const { id } = await expressInterest(people.owner, {
          from: organisationId,
          itemId: offerId,
        });
        return { id };
      },
      document: WITHDRAW,
      variables: byId,
      effect: statusBecomes('withdrawn'),
    },
    'concludePartnership: an active one': {
      async prepare(cell) {
        const given = await received(cell);
        await decideAs(cell.people.owner, ACCEPT, given.id);
        return given;
      },
      document: CONCLUDE,
      variables: byId,
      effect: statusBecomes('concluded'),
    },
    'formProjectGroup: two active ones on its offer': {
      async prepare({ people, organisationId }) {
        const offerId = await publishedOffer(world.api, people.owner, organisationId);
        const ids: string[] = [];
        for (const kind of ['sme', 'startup']) {
          const partner = await newOrganisation(world.people.stranger, kind);
          const { id } = await expressInterest(world.people.stranger, {
            from: partner,
            itemId: offerId,
          });
          await decideAs(people.owner, ACCEPT, id);
          ids.push(id);
        }
        return { offerId, first: ids[0]!, second: ids[1]! };
      },
      document: FORM_GROUP,
      variables: ({ given }) => ({
        input: {
          itemType: 'OFFER',
          itemId: given.offerId,
          partnershipIds: [given.first, given.second],
        },
      }),
      async effect({ organisationId, given }) {
        const [group] = await world.query(
          `SELECT g.room_id, count(m.*)::int AS members FROM project_group g
             JOIN project_group_member m ON m.project_group_id = g.id
            WHERE g.owner_organisation_id = $1 AND g.item_id = $2 GROUP BY g.id`,
          [organisationId, given.offerId],
        );
        expect(group).toMatchObject({ members: 2 });
        const rooms = await world.query(
          `SELECT count(*)::int AS n FROM room_organisation WHERE room_id = $1`,
          [group!.room_id],
        );
        expect(rooms).toEqual([{ n: 3 }]);
      },
    },
  };

  describeMatrix(world, MATRIX, OPERATIONS, 'partnerships');
});
