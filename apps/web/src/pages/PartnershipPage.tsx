import { useQuery } from '@apollo/client/react';
import { PartnershipDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorView } from '../app/graphql-errors';
import { currentLocale } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { PartnershipDetail } from '../features/partnerships/components/PartnershipDetail';
import { itemTitle } from '../features/partnerships/lib/partnership-view';
import { LoadStatus } from '../features/partnerships/components/LoadStatus';
import { NotFoundPage } from './NotFoundPage';

/** One partnership, for members of either side (anyone else gets the 404 page). */
export function PartnershipPage() {
  return <RequireSignIn>{() => <Partnership />}</RequireSignIn>;
}

function Partnership() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PartnershipDocument, { variables: { id } });
  const partnership = data?.partnership;
  usePageTitle(
    partnership
      ? t('partnerships.detailTitle', {
          title: itemTitle(partnership, currentLocale(i18n.language)),
        })
      : t('partnerships.title'),
  );
  if (data && !partnership) return <NotFoundPage />;
  if (errorView(error)?.code === 'NOT_FOUND') return <NotFoundPage />;
  if (!partnership) return <LoadStatus loading={loading} error={error} onRetry={refetch} />;
  return <PartnershipDetail partnership={partnership} />;
}
