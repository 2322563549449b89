import { useQuery } from '@apollo/client/react';
import { OfferAttachmentsDocument, type AttachmentFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { AttachmentsList } from '../../files/AttachmentsList';
import { AttachmentUpload } from '../../files/AttachmentUpload';

/** Most attachments an offer may have (the API's MAX_OFFER_ATTACHMENTS). */
const MAX_OFFER_ATTACHMENTS = 10;

/**
 * A technology offer's attachments: download links for whoever sees the offer; with
 * `manage` (the organisation's owners and admins, in the editor) upload and remove too,
 * refreshing the list alone (the offer's other fields, and the draft being edited, stay).
 */
export function OfferAttachments({
  offerId,
  attachments: initial,
  manage = false,
}: {
  offerId: string;
  attachments: readonly AttachmentFieldsFragment[];
  manage?: boolean;
}) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(OfferAttachmentsDocument, {
    variables: { id: offerId },
    skip: !manage,
    notifyOnNetworkStatusChange: false,
  });
  const attachments = data?.technologyOffer.attachments ?? initial;
  const onChanged = () => void refetch();
  return (
    <section id="offer-attachments" aria-labelledby="offer-attachments-heading">
      <h2 id="offer-attachments-heading">{t('marketplace.attachments.title')}</h2>
      <AttachmentsList
        attachments={attachments}
        texts="marketplace.attachments"
        canRemove={manage}
        onRemoved={onChanged}
        emptyText={t('marketplace.attachments.empty')}
      />
      {manage && (
        <AttachmentUpload
          url={`/api/offers/${offerId}/attachments`}
          label={t('marketplace.attachments.add')}
          texts="marketplace.attachments"
          maxFiles={MAX_OFFER_ATTACHMENTS}
          disabled={attachments.length >= MAX_OFFER_ATTACHMENTS}
          onUploaded={onChanged}
        />
      )}
    </section>
  );
}
