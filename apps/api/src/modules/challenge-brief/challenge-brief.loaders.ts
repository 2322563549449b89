import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestScopedLoader, type GraphQLContext } from '../../common/graphql/context';
import { ChallengeAttachmentsService } from './challenge-attachments.service';
import type { Attachment } from '../files/models/attachment.model';

/** Public attachments of challenges, batched per request (a page of challenges: one query). */
@Injectable()
export class ChallengeBriefLoaders {
  constructor(private readonly attachments: ChallengeAttachmentsService) {}

  publicAttachments(context: GraphQLContext, challengeId: string): Promise<Attachment[]> {
    return requestScopedLoader(
      context,
      this.publicKey,
      () => new DataLoader<string, Attachment[]>((ids) => this.attachments.listOf(ids, false)),
    ).load(challengeId);
  }

  private readonly publicKey = {};
}
