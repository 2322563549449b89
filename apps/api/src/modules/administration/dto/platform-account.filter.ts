import { Field, InputType } from '@nestjs/graphql';
import type { PlatformRole } from '@oip/domain';
import { PlatformRoleEnum } from '../../accounts/models/account.model';

@InputType()
export class PlatformAccountFilter {
  @Field({ nullable: true, description: 'Part of the name or of the email address' })
  query?: string;

  @Field(() => PlatformRoleEnum, { nullable: true })
  role?: PlatformRole;
}
