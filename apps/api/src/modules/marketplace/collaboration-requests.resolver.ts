import { Resolver } from '@nestjs/graphql';
import { CollaborationRequestInput } from './dto/marketplace.inputs';
import type { CollaborationRequestEntity } from './entities/collaboration-request.entity';
import { CollaborationRequest, CollaborationRequestPage } from './models/marketplace.model';
import { marketplaceResolver, toItem } from './marketplace.resolver-base';

export function toRequest(row: CollaborationRequestEntity): CollaborationRequest {
  return {
    ...toItem(row),
    partnerKinds: row.partnerKinds,
    trlMin: row.trlMin,
    trlMax: row.trlMax,
    acceptsLowerTrl: row.acceptsLowerTrl,
    budgetBand: row.budgetBand,
  };
}

@Resolver(() => CollaborationRequest)
export class CollaborationRequestsResolver extends marketplaceResolver(
  'request',
  {
    one: 'collaborationRequest',
    many: 'collaborationRequests',
    type: 'CollaborationRequest',
    label: 'collaboration request',
  },
  CollaborationRequest,
  CollaborationRequestPage,
  CollaborationRequestInput,
  toRequest,
) {}
