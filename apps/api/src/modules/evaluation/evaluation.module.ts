import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengesModule } from '../challenges/challenges.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AwardsService } from './awards.service';
import { ConflictEntity } from './entities/conflict.entity';
import { CriterionEntity } from './entities/criterion.entity';
import { EvaluationStateEntity } from './entities/evaluation-state.entity';
import { EvaluatorEntity } from './entities/evaluator.entity';
import { ResultEntity } from './entities/result.entity';
import { ScoreEntity } from './entities/score.entity';
import { EvaluationAccessService } from './evaluation-access.service';
import { EvaluationBoardService } from './evaluation-board.service';
import {
  BoardSubmissionResolver,
  ChallengeResultsResolver,
  EvaluationResolver,
} from './evaluation.resolver';
import { ResultsService } from './results.service';
import { ScorecardService } from './scorecard.service';
import { ScoringService } from './scoring.service';

/**
 * A challenge's evaluation (issue 4): scorecard, evaluators, conflicts of interest, blind
 * scores, lock and ranking, shortlist, award (through ChallengesService.transition), feedback
 * and results. Reads submissions from the shared `challenge_submission` table.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CriterionEntity,
      ScoreEntity,
      ConflictEntity,
      EvaluationStateEntity,
      ResultEntity,
      EvaluatorEntity,
    ]),
    ChallengesModule,
    OrganisationsModule,
  ],
  providers: [
    EvaluationAccessService,
    EvaluationBoardService,
    ScorecardService,
    ScoringService,
    AwardsService,
    ResultsService,
    EvaluationResolver,
    ChallengeResultsResolver,
    BoardSubmissionResolver,
  ],
})
export class EvaluationModule {}
