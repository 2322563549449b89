import { useTranslation } from 'react-i18next';
import { PostAsOrganisationLink } from '../../challenges/components/PostChallengeLink';
import { MARKETPLACE_PATHS, type MarketplaceKind } from '../lib/marketplace-kinds';

/** "Publish an offer / a request" for people who administer an organisation. */
export function PostItemLink({ kind, signedIn }: { kind: MarketplaceKind; signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <PostAsOrganisationLink
      signedIn={signedIn}
      newPath={`${MARKETPLACE_PATHS[kind]}/new`}
      label={() => t(`marketplace.${kind}.post`)}
      postAsLabel={t('marketplace.postAs')}
      chooseLabel={t('marketplace.chooseOrganisation')}
    />
  );
}
