import { useMutation } from '@apollo/client/react';
import { VerifyOrganisationDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, useToast } from '../../../ui';

/** Moderators mark an organisation as checked (or withdraw it); the API audits it. */
export function VerifyToggle({ id, verified }: { id: string; verified: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [verify, { loading }] = useMutation(VerifyOrganisationDocument);
  const toggle = async () => {
    try {
      await verify({ variables: { id, verified: !verified } });
      toast.show(
        verified ? t('organisations.unverifiedDone') : t('organisations.verifiedDone'),
        'success',
      );
    } catch (error) {
      toast.show(errorMessage(t, errorView(error)) ?? '', 'error');
    }
  };
  return (
    <Button variant="secondary" disabled={loading} onClick={() => void toggle()}>
      {verified ? t('organisations.unverify') : t('organisations.verify')}
    </Button>
  );
}
