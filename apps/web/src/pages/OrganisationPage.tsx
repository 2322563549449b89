import { useQuery } from '@apollo/client/react';
import { OrganisationDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { useLocalized } from '../app/useLocalized';
import { useMe } from '../features/accounts/hooks/useMe';
import { JoinButton } from '../features/invitations/components/JoinButton';
import { OrganisationRequests } from '../features/invitations/components/OrganisationRequests';
import { OrganisationMarketplaceLinks } from '../features/marketplace/components/OrganisationMarketplaceLinks';
import { MemberList } from '../features/organisations/components/MemberList';
import { ActiveToggle } from '../features/organisations/components/ActiveToggle';
import { VerifyToggle } from '../features/organisations/components/VerifyToggle';
import { useTermLabel } from '../features/taxonomies/hooks/useTaxonomyOptions';
import { QueryStatus } from '../ui';
import { NotFoundPage } from './NotFoundPage';

export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const kind = useTermLabel('ORGANISATION_KIND');
  const province = useTermLabel('PROVINCE');
  const ecosystem = useTermLabel('S3_ECOSYSTEM');
  const ateco = useTermLabel('ATECO_SECTION');
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(OrganisationDocument, { variables: { id } });
  const organisation = data?.organisation;
  usePageTitle(organisation?.displayName ?? t('organisations.title'));

  if (loading || error) {
    return (
      <QueryStatus
        loading={loading}
        error={error}
        loadingText={t('common.loading')}
        errorText={t('common.networkError')}
        retryText={t('common.retry')}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!organisation) return <NotFoundPage />;
  const canEdit = organisation.myRole === 'OWNER' || organisation.myRole === 'ADMIN';

  return (
    <article>
      {organisation.parent && (
        <p>
          {t('organisations.partOf')}{' '}
          <Link to={`/organisations/${organisation.parent.id}`}>
            {organisation.parent.displayName}
          </Link>
        </p>
      )}
      {organisation.logoUrl && (
        <img
          src={organisation.logoUrl}
          alt={t('organisations.logoOf', { name: organisation.displayName })}
          className="logo"
        />
      )}
      <h1>{organisation.displayName}</h1>
      <p className="card-meta">
        {kind(organisation.kind)} · {organisation.legalName}
        {organisation.verified && (
          <span className="badge badge-ok"> {t('organisations.verified')}</span>
        )}
        {!organisation.active && (
          <span className="badge badge-inactive"> {t('organisations.inactive')}</span>
        )}
      </p>
      {!organisation.active && <p className="notice">{t('organisations.inactiveNotice')}</p>}
      {canEdit && (
        <p>
          <Link to={`/organisations/${organisation.id}/edit`}>{t('organisations.edit')}</Link>
        </p>
      )}
      {(me?.role === 'MODERATOR' || me?.role === 'ADMIN') && (
        <VerifyToggle id={organisation.id} verified={organisation.verified} />
      )}
      {(organisation.myRole === 'OWNER' || me?.role === 'MODERATOR' || me?.role === 'ADMIN') && (
        <ActiveToggle
          id={organisation.id}
          name={organisation.displayName}
          active={organisation.active}
        />
      )}
      {localized(organisation.description) && (
        <p className="lead">{localized(organisation.description)}</p>
      )}
      <dl className="facts">
        {organisation.vatNumber && (
          <>
            <dt>{t('organisations.vatNumber')}</dt>
            <dd>{organisation.vatNumber}</dd>
          </>
        )}
        {organisation.province && (
          <>
            <dt>{t('organisations.province')}</dt>
            <dd>{province(organisation.province)}</dd>
          </>
        )}
        <dt>{t('organisations.country')}</dt>
        <dd>{organisation.country}</dd>
        {organisation.atecoSection && (
          <>
            <dt>{t('organisations.ateco')}</dt>
            <dd>
              {organisation.atecoSection} — {ateco(organisation.atecoSection)}
            </dd>
          </>
        )}
        {organisation.trlMin !== null && organisation.trlMax !== null && (
          <>
            <dt>TRL</dt>
            <dd>
              {organisation.trlMin}–{organisation.trlMax}
            </dd>
          </>
        )}
        {organisation.s3Ecosystems.length > 0 && (
          <>
            <dt>{t('organisations.ecosystems')}</dt>
            <dd>{organisation.s3Ecosystems.map(ecosystem).join(', ')}</dd>
          </>
        )}
        {organisation.competences.length > 0 && (
          <>
            <dt>{t('organisations.competences')}</dt>
            <dd>{organisation.competences.join(', ')}</dd>
          </>
        )}
        {organisation.website && (
          <>
            <dt>{t('organisations.website')}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer">
                {organisation.website}
              </a>
            </dd>
          </>
        )}
      </dl>
      {organisation.children.length > 0 && (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">{t('organisations.children')}</h2>
          <ul>
            {organisation.children.map((child) => (
              <li key={child.id}>
                <Link to={`/organisations/${child.id}`}>{child.displayName}</Link> (
                {kind(child.kind)})
              </li>
            ))}
          </ul>
        </section>
      )}
      <OrganisationMarketplaceLinks
        organisationId={organisation.id}
        member={Boolean(organisation.myRole)}
      />
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('organisations.members')}</h2>
        <MemberList
          organisation={organisation}
          meId={me?.id ?? null}
          onChanged={() => void refetch()}
        />
        {me && !organisation.myRole && <JoinButton organisationId={organisation.id} />}
      </section>
      {canEdit && (
        <OrganisationRequests
          organisationId={organisation.id}
          onMembersChanged={() => void refetch()}
        />
      )}
    </article>
  );
}
