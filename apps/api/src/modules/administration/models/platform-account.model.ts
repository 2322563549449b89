import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PlatformRole } from '@oip/domain';
import { PageInfo } from '../../../common/graphql/page-info';
import { PlatformRoleEnum } from '../../accounts/models/account.model';
import type { UserAccountEntity } from '../../accounts/entities/user-account.entity';

@ObjectType({ description: 'An account as platform administrators see it' })
export class PlatformAccount {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field()
  email: string;

  @Field(() => PlatformRoleEnum)
  role: PlatformRole;

  @Field()
  emailVerified: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class PlatformAccountPage {
  @Field(() => [PlatformAccount])
  nodes: PlatformAccount[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

/** Only these columns leave the server (never the password hash). */
export function toPlatformAccount(account: UserAccountEntity): PlatformAccount {
  return {
    id: account.id,
    fullName: account.fullName,
    email: account.email ?? '',
    role: account.role,
    emailVerified: account.emailVerifiedAt !== null,
    createdAt: account.createdAt,
  };
}
