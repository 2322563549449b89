import { useQuery } from '@apollo/client/react';
import { PersonDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { MessagePersonButton } from '../features/rooms/components/MessagePersonButton';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { QueryStatus } from '../ui';
import { NotFoundPage } from './NotFoundPage';

export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PersonDocument, { variables: { id } });
  const person = data?.person;
  usePageTitle(person?.fullName ?? t('people.title'));
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
  if (!person) return <NotFoundPage message={t('people.hidden')} />;
  return (
    <article className="narrow">
      {person.avatarUrl && (
        <img
          src={person.avatarUrl}
          alt={t('people.avatarOf', { name: person.fullName })}
          width={128}
          height={128}
          className="avatar"
        />
      )}
      <h1>{person.fullName}</h1>
      {person.headline && <p className="lead">{person.headline}</p>}
      {person.bio && <p>{person.bio}</p>}
      <MessagePersonButton userId={person.id} name={person.fullName} />
      <dl className="facts">
        {person.expertise.length > 0 && (
          <>
            <dt>{t('people.expertise')}</dt>
            <dd>{person.expertise.join(', ')}</dd>
          </>
        )}
        {person.languages.length > 0 && (
          <>
            <dt>{t('people.languages')}</dt>
            <dd>{person.languages.join(', ')}</dd>
          </>
        )}
      </dl>
      {person.links.length > 0 && (
        <ul>
          {person.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noopener noreferrer nofollow">
                {link.label ?? link.url}
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
