import { useMutation } from '@apollo/client/react';
import { RequestToJoinDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button } from '../../../ui';

/** For signed-in people who are not members: ask the organisation's admins to join. */
export function JoinButton({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [requestToJoin, { data, error, loading }] = useMutation(RequestToJoinDocument);
  if (data) return <p role="status">{t('joinRequests.sent')}</p>;
  return (
    <div>
      <Button
        variant="secondary"
        disabled={loading}
        onClick={() => void requestToJoin({ variables: { organisationId } }).catch(() => undefined)}
      >
        {t('joinRequests.ask')}
      </Button>
      {error && (
        <p className="field-error" role="alert">
          {errorMessage(t, errorView(error))}
        </p>
      )}
    </div>
  );
}
