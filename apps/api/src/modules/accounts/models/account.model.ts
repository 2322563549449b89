import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PLATFORM_ROLES, type PlatformRole } from '@oip/domain';

export const PlatformRoleEnum = Object.fromEntries(
  PLATFORM_ROLES.map((role) => [role.toUpperCase(), role]),
) as Record<Uppercase<PlatformRole>, PlatformRole>;
registerEnumType(PlatformRoleEnum, { name: 'PlatformRole' });

@ObjectType({ description: 'The signed-in person’s own account' })
export class Account {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  emailVerified: boolean;

  @Field(() => PlatformRoleEnum)
  role: PlatformRole;

  @Field()
  fullName: string;

  @Field()
  locale: string;
}

@ObjectType({ description: 'A browser where the person is signed in' })
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field({ description: 'This is the session making the request' })
  current: boolean;
}

@ObjectType({ description: 'A consent given by the person: document, version, time' })
export class Consent {
  @Field()
  kind: string;

  @Field()
  version: string;

  @Field()
  granted: boolean;

  @Field()
  givenAt: Date;
}
