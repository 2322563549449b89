import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import { ChallengeLoaders } from '../challenges/challenges.loaders';
import { Challenge } from '../challenges/models/challenge.model';
import { isStaff } from './room-access';

/**
 * A challenge's Q&A room, seen from the challenge: its id once opened (whoever may see the
 * challenge may enter it), and whether the caller may open it (the same rule as
 * `openChallengeRoom`: the owner organisation's owners and admins, platform staff).
 */
@Resolver(() => Challenge)
export class ChallengeRoomResolver {
  private readonly roomKey = {};

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengeLoaders,
  ) {}

  @ResolveField(() => ID, {
    nullable: true,
    description: 'Its Q&A room, once opened (null for anonymous callers)',
  })
  async qaRoomId(
    @Parent() challenge: Challenge,
    @Context() context: GraphQLContext,
  ): Promise<string | null> {
    if (!context.req.authUser) return null;
    return requestScopedLoader(
      context,
      this.roomKey,
      () =>
        new DataLoader<string, string | null>(async (ids) => {
          const rows = await this.dataSource.query<{ id: string; challengeId: string }[]>(
            `SELECT id, challenge_id AS "challengeId" FROM room WHERE challenge_id = ANY($1::uuid[])`,
            [ids],
          );
          return ids.map((id) => rows.find((row) => row.challengeId === id)?.id ?? null);
        }),
    ).load(challenge.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may open its Q&A room' })
  async viewerCanOpenQaRoom(
    @Parent() challenge: Challenge,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    const user = context.req.authUser;
    if (!user) return false;
    if (isStaff(user)) return true;
    const viewer = await this.challenges.viewer(context, challenge);
    return viewer.ownerRole === 'owner' || viewer.ownerRole === 'admin';
  }
}
