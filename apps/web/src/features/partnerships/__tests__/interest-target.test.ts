import { interestFromMatch, possibleSenders } from '../lib/interest-target';
import { groupableItems } from '../lib/partnership-view';
import { DEPT, LAB, partnership, SME } from './fixtures';

const offer = {
  targetType: 'OFFER' as const,
  targetId: 'offer-1',
  organisationId: LAB.id,
  organisationName: LAB.displayName,
};
const lab = { ...offer, targetType: 'ORGANISATION' as const, targetId: LAB.id };

describe('what an interest is about', () => {
  it('is interest in a matched item, sent to its owner by any other organisation', () => {
    const target = interestFromMatch(offer, { type: 'REQUEST', id: 'r-1', ownerId: SME.id })!;
    expect(target).toMatchObject({ itemType: 'OFFER', itemId: 'offer-1', recipientId: LAB.id });
    expect(target.toOrganisationId).toBeUndefined();
    expect(target.preferredSenderId).toBe(SME.id);
    expect(possibleSenders([SME, LAB, DEPT], target)).toEqual([SME, DEPT]);
  });

  it('is the source item itself when the match is an organisation, sent by its owner only', () => {
    const target = interestFromMatch(lab, { type: 'REQUEST', id: 'r-1', ownerId: SME.id })!;
    expect(target).toMatchObject({
      itemType: 'REQUEST',
      itemId: 'r-1',
      toOrganisationId: LAB.id,
      senderId: SME.id,
    });
    expect(possibleSenders([LAB, DEPT], target)).toEqual([]);
    expect(possibleSenders([SME, DEPT], target)).toEqual([SME]);
  });

  it('has no item between two organisations', () => {
    expect(
      interestFromMatch(lab, { type: 'ORGANISATION', id: SME.id, ownerId: SME.id }),
    ).toBeNull();
  });
});

describe('items a project group can be formed on', () => {
  const active = (id: string, initiator: typeof SME, itemId = 'offer-1') =>
    partnership({ id, status: 'ACTIVE', initiator, recipient: LAB, itemId });

  it('needs two active partnerships on one item with different partners', () => {
    const groups = groupableItems(
      [
        active('a', SME),
        active('b', DEPT),
        active('c', SME, 'offer-2'),
        partnership({ id: 'd', status: 'CONCLUDED', initiator: DEPT, itemId: 'offer-2' }),
      ],
      LAB.id,
    );
    expect(groups.map((group) => group.map((p) => p.id))).toEqual([['a', 'b']]);
  });
});
