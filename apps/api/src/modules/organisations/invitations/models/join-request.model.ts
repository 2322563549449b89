import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Person } from '../../../people/models/person.model';
import { JOIN_REQUEST_STATUSES, type JoinRequestStatus } from '../entities/join-request.entity';

export const JoinRequestStatusEnum = Object.fromEntries(
  JOIN_REQUEST_STATUSES.map((status) => [status.toUpperCase(), status]),
) as Record<Uppercase<JoinRequestStatus>, JoinRequestStatus>;
registerEnumType(JoinRequestStatusEnum, { name: 'JoinRequestStatus' });

@ObjectType({ description: 'A person’s request to join an organisation' })
export class JoinRequest {
  @Field(() => ID)
  id: string;

  /** Resolved by `organisation`; not a GraphQL field. */
  organisationId: string;

  @Field(() => Person)
  person: Person;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => JoinRequestStatusEnum)
  status: JoinRequestStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}
