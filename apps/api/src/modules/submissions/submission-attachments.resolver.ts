import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import { Attachment } from '../files/models/attachment.model';
import { Submission } from './models/submission.model';
import {
  MAX_SUBMISSION_ATTACHMENTS,
  SubmissionAttachmentsService,
} from './submission-attachments.service';

/** Submission.attachments: a Submission reaches the API's output only for its readers. */
@Resolver(() => Submission)
export class SubmissionAttachmentsResolver {
  constructor(private readonly service: SubmissionAttachmentsService) {}

  @ResolveField(() => [Attachment], {
    description: `Attached files, oldest first (at most ${MAX_SUBMISSION_ATTACHMENTS}); downloads follow the submission's confidentiality`,
    complexity: ({ childComplexity }) => MAX_SUBMISSION_ATTACHMENTS * childComplexity,
  })
  attachments(
    @Parent() submission: Submission,
    @Context() context: GraphQLContext,
  ): Promise<Attachment[]> {
    return requestScopedLoader(
      context,
      this.loaderKey,
      () => new DataLoader<string, Attachment[]>((ids) => this.service.listOf(ids)),
    ).load(submission.id);
  }

  private readonly loaderKey = {};
}
