import { useMutation } from '@apollo/client/react';
import { AcceptChallengeNdaDocument, type ConfidentialBriefFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, Select, useToast } from '../../../ui';

/**
 * "Accept on behalf of <organisation>": the member picks one of their organisations when they
 * have several, confirms in a dialog (it binds the organisation), and the brief opens.
 */
export function NdaAcceptanceForm({
  challengeId,
  brief,
  onAccepted,
}: {
  challengeId: string;
  brief: ConfidentialBriefFieldsFragment;
  onAccepted: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const choices = brief.viewerOrganisations.filter((choice) => choice.organisation);
  const [organisationId, setOrganisationId] = useState(choices[0]?.organisation?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const [accept, { loading }] = useMutation(AcceptChallengeNdaDocument);
  const chosen = choices.find((choice) => choice.organisation?.id === organisationId);
  const name = chosen?.organisation?.displayName ?? '';

  if (choices.length === 0) return <p>{t('challengeQa.brief.noOrganisation')}</p>;

  const confirm = async () => {
    try {
      await accept({
        variables: { challengeId, organisationId, termsVersion: brief.termsVersion ?? 0 },
      });
      toast.show(t('challengeQa.brief.acceptedToast', { name }), 'success');
      onAccepted();
    } catch (error) {
      toast.show(errorMessage(t, errorView(error)) ?? t('errors.INTERNAL_SERVER_ERROR'), 'error');
      onAccepted(); // the terms may have changed: show the current ones
    } finally {
      setConfirming(false);
    }
  };

  return (
    <div className="qa-stack">
      {choices.length > 1 && (
        <Select
          label={t('challengeQa.brief.organisation')}
          options={choices.map((choice) => ({
            value: choice.organisation!.id,
            label: choice.accepted
              ? t('challengeQa.brief.organisationAccepted', {
                  name: choice.organisation!.displayName,
                })
              : choice.organisation!.displayName,
          }))}
          value={organisationId}
          onChange={(event) => setOrganisationId(event.target.value)}
        />
      )}
      <Button onClick={() => setConfirming(true)} disabled={!chosen}>
        {t('challengeQa.brief.accept', { name })}
      </Button>
      <Dialog
        open={confirming}
        title={t('challengeQa.brief.confirmTitle', { name })}
        onClose={() => setConfirming(false)}
        actions={
          <Button disabled={loading} onClick={() => void confirm()}>
            {t('challengeQa.brief.confirm')}
          </Button>
        }
      >
        <p>{t('challengeQa.brief.confirmBody', { name })}</p>
      </Dialog>
    </div>
  );
}
