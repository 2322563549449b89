import { useQuery } from '@apollo/client/react';
import { ChallengeDocument } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorView } from '../app/graphql-errors';
import { currentLocale } from '../app/i18n';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../features/accounts/hooks/useMe';
import { ChallengeActions } from '../features/challenges/components/ChallengeActions';
import { ChallengeFacts } from '../features/challenges/components/ChallengeFacts';
import { ChallengeTimeline } from '../features/challenges/components/ChallengeTimeline';
import { FollowButton } from '../features/challenges/components/FollowButton';
import { LocalizedText, SanitisedHtml } from '../features/challenges/components/LocalizedText';
import { StatusBadge } from '../features/challenges/components/StatusBadge';
import { pickLocalized } from '../features/challenges/lib/localized-text';
import '../features/challenges/challenges.css';
import { ChallengeAttachmentsSection } from '../features/challenge-brief/components/ChallengeAttachmentsSection';
import { ConfidentialBriefSection } from '../features/challenge-brief/components/ConfidentialBriefSection';
import { ChallengeQuestionsSection } from '../features/challenge-questions/components/ChallengeQuestionsSection';
import { ChallengeEvaluationLinks } from '../features/evaluation/components/ChallengeEvaluationLinks';
import { ChallengeSubmissionsSection, MySubmissionCallToAction } from '../features/submissions';
import { MatchesSection } from '../features/matchmaking/components/MatchesSection';
import { ItemExpressInterest } from '../features/partnerships/components/ItemExpressInterest';
import { ChallengeRoomLink } from '../features/rooms/components/ChallengeRoomLink';
import { PageSections, QueryStatus } from '../ui';
import { NotFoundPage } from './NotFoundPage';

/** A challenge: status and actions, the brief, its metadata and its audit trail. */
export function ChallengePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(ChallengeDocument, { variables: { id } });
  const challenge = data?.challenge;
  const title = pickLocalized(challenge?.title, currentLocale(i18n.language)).text;
  usePageTitle(title || t('challenges.title'));

  if (errorView(error)?.code === 'NOT_FOUND') return <NotFoundPage />;
  if (loading || error || !challenge) {
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
  // matches only for a published challenge the signed-in viewer can see (the API checks too)
  const showMatches = !!me && challenge.status === 'PUBLISHED';
  const brief = [
    ['problem', challenge.problemHtml],
    ['expectedResults', challenge.expectedResultsHtml],
    ['constraints', challenge.constraintsHtml],
  ] as const;

  return (
    <article>
      <p className="card-meta">
        {challenge.owner.displayName} · <StatusBadge status={challenge.status} />
      </p>
      <LocalizedText as="h1" text={challenge.title} />
      <SanitisedHtml html={challenge.summaryHtml} />
      <div className="action-bar">
        {me && <FollowButton id={challenge.id} follows={challenge.viewerFollows} />}
        {me && <ChallengeRoomLink challenge={challenge} />}
      </div>
      <ChallengeActions challenge={challenge} onChanged={() => void refetch()} />
      {showMatches && (
        <ItemExpressInterest
          itemType="CHALLENGE"
          itemId={challenge.id}
          owner={challenge.owner}
          title={title}
        />
      )}
      {me && <MySubmissionCallToAction challengeId={challenge.id} />}
      <PageSections
        label={t('challenges.sections')}
        sections={[
          { id: 'brief', label: t('challenges.brief') },
          { id: 'details', label: t('challenges.details') },
          { id: 'questions', label: t('challengeQa.questions.title') },
          ...(showMatches ? [{ id: 'matches', label: t('matchmaking.title') }] : []),
          { id: 'timeline', label: t('challenges.timeline') },
        ]}
      />
      <section id="brief" aria-labelledby="brief-heading">
        <h2 id="brief-heading">{t('challenges.brief')}</h2>
        {brief.map(([key, html]) =>
          html.it || html.en ? (
            <section key={key} aria-labelledby={`${key}-heading`}>
              <h3 id={`${key}-heading`}>{t(`challenges.fields.${key}`)}</h3>
              <SanitisedHtml html={html} />
            </section>
          ) : null,
        )}
        <ChallengeAttachmentsSection challengeId={challenge.id} />
        <ConfidentialBriefSection challengeId={challenge.id} />
      </section>
      <section id="details" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('challenges.details')}</h2>
        <ChallengeFacts challenge={challenge} />
      </section>
      <div id="questions">
        <ChallengeQuestionsSection challengeId={challenge.id} />
      </div>
      {showMatches && (
        <MatchesSection
          key={challenge.id} // another challenge's page: its own section (dismissals, undo)
          source={{ type: 'CHALLENGE', id: challenge.id, ownerId: challenge.owner.id, title }}
        />
      )}
      {me && <ChallengeSubmissionsSection challengeId={challenge.id} />}
      <ChallengeEvaluationLinks
        challengeId={challenge.id}
        status={challenge.status}
        signedIn={!!me}
      />
      <section id="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('challenges.timeline')}</h2>
        <ChallengeTimeline steps={challenge.timeline} />
      </section>
    </article>
  );
}
