import type { OrganisationRole, PartnershipAction, PartnershipStatus } from '@oip/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { partnershipPolicy, type PartnershipViewer } from './partnerships.policy';

const user = (role: AuthUser['role'] = 'member') => ({ id: 'u', role }) as AuthUser;
const viewer = (
  initiatorRole: OrganisationRole | null,
  recipientRole: OrganisationRole | null,
  role: AuthUser['role'] = 'member',
): PartnershipViewer => ({ user: user(role), initiatorRole, recipientRole });

const codeOf = (status: PartnershipStatus, who: PartnershipViewer, action: PartnershipAction) => {
  try {
    return partnershipPolicy.perform({ status }, who, action);
  } catch (error) {
    return (error as AppError).code;
  }
};

describe('partnership policy', () => {
  it('refuses in order: not visible, not the acting side, not the right status', () => {
    expect(codeOf('proposed', viewer(null, null), 'accept')).toBe('NOT_FOUND');
    expect(codeOf('proposed', viewer(null, null, 'moderator'), 'accept')).toBe('FORBIDDEN');
    expect(codeOf('proposed', viewer(null, 'member'), 'accept')).toBe('FORBIDDEN');
    expect(codeOf('proposed', viewer('owner', null), 'accept')).toBe('FORBIDDEN');
    expect(codeOf('declined', viewer(null, 'admin'), 'accept')).toBe('PARTNERSHIP_NOT_PROPOSED');
    expect(codeOf('proposed', viewer('admin', null), 'conclude')).toBe('PARTNERSHIP_NOT_ACTIVE');
    expect(codeOf('proposed', viewer(null, 'admin'), 'accept')).toBe('active');
    expect(codeOf('proposed', viewer('owner', null), 'withdraw')).toBe('withdrawn');
    expect(codeOf('active', viewer('admin', null), 'conclude')).toBe('concluded');
    expect(codeOf('active', viewer(null, 'owner'), 'conclude')).toBe('concluded');
  });

  it('tells the viewer what they may do', () => {
    expect(partnershipPolicy.viewerCan({ status: 'proposed' }, viewer('admin', 'member'))).toEqual({
      decide: false,
      withdraw: true,
      conclude: false,
    });
    expect(partnershipPolicy.viewerCan({ status: 'active' }, viewer(null, 'owner'))).toEqual({
      decide: false,
      withdraw: false,
      conclude: true,
    });
    expect(
      partnershipPolicy.viewerCan({ status: 'proposed' }, viewer(null, null, 'admin')),
    ).toEqual({
      decide: false,
      withdraw: false,
      conclude: false,
    });
  });
});
