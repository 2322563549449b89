import {
  PARTNERSHIP_ACTIONS,
  PARTNERSHIP_STATUSES,
  partnershipSideMay,
  partnershipTransition,
  type PartnershipAction,
  type PartnershipStatus,
} from './partnerships.js';

// The expected machine, written out independently of PARTNERSHIP_TRANSITIONS.
const EXPECTED: Record<PartnershipStatus, Partial<Record<PartnershipAction, PartnershipStatus>>> = {
  proposed: { accept: 'active', decline: 'declined', withdraw: 'withdrawn', cross: 'active' },
  active: { conclude: 'concluded' },
  declined: {},
  withdrawn: {},
  concluded: {},
};

describe('partnership state machine', () => {
  it.each(PARTNERSHIP_STATUSES.flatMap((status) => PARTNERSHIP_ACTIONS.map((a) => [status, a])))(
    '%s × %s',
    (status, action) => {
      const from = status as PartnershipStatus;
      const act = action as PartnershipAction;
      expect(partnershipTransition(from, act)).toBe(EXPECTED[from][act] ?? null);
    },
  );

  it('lets the recipient decide, the initiator withdraw, either side conclude', () => {
    const table = PARTNERSHIP_ACTIONS.map((action) => [
      action,
      partnershipSideMay('initiator', action),
      partnershipSideMay('recipient', action),
    ]);
    expect(table).toEqual([
      ['accept', false, true],
      ['decline', false, true],
      ['withdraw', true, false],
      ['cross', false, true],
      ['conclude', true, true],
    ]);
  });
});
