import { Module } from '@nestjs/common';
import { MatchmakingResolver } from './matchmaking.resolver';
import { MatchmakingService } from './matchmaking.service';

/** The explainable matchmaking engine (issue 5): docs/matchmaking.md. */
@Module({
  providers: [MatchmakingService, MatchmakingResolver],
  exports: [MatchmakingService],
})
export class MatchmakingModule {}
