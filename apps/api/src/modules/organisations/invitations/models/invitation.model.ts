import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Person } from '../../../people/models/person.model';
import { Organisation } from '../../models/organisation.model';
import { INVITATION_ROLES, type InvitationRole } from '../entities/organisation-invitation.entity';

export const InvitationRoleEnum = Object.fromEntries(
  INVITATION_ROLES.map((role) => [role.toUpperCase(), role]),
) as Record<Uppercase<InvitationRole>, InvitationRole>;
registerEnumType(InvitationRoleEnum, {
  name: 'InvitationRole',
  description: 'The roles an invitation can give (ownership is transferred, not invited)',
});

@ObjectType({ description: 'A pending invitation, as the organisation’s owners and admins see it' })
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The invited address (normalised)' })
  email: string;

  @Field(() => InvitationRoleEnum)
  role: InvitationRole;

  @Field(() => Person, { nullable: true, description: 'null once the inviter’s account is gone' })
  invitedBy: Person | null;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;
}

@ObjectType({ description: 'What the invitation link shows before it is accepted' })
export class InvitationPreview {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => InvitationRoleEnum)
  role: InvitationRole;

  @Field(() => String, { nullable: true, description: 'null once the inviter’s account is gone' })
  inviterName: string | null;

  @Field({ description: 'The address to sign in with to accept' })
  email: string;

  @Field()
  expiresAt: Date;
}
