import '../../challenge-brief/challenge-qa.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../accounts/hooks/useMe';
import { Button, QueryStatus } from '../../../ui';
import { useChallengeQuestions } from '../hooks/useChallengeQuestions';
import { AskQuestionForm } from './AskQuestionForm';
import { QuestionItem } from './QuestionItem';

/**
 * The Q&A of a challenge, self-contained (mount it on the challenge page): answered questions
 * for everyone who sees the challenge, the viewer's own pending ones, the ask form for signed-in
 * members while the challenge is published, and the owner's inline answer forms.
 */
export function ChallengeQuestionsSection({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const { page, loading, error, refetch, loadMore } = useChallengeQuestions(challengeId);
  const headingId = `questions-${challengeId}`;

  return (
    <section className="qa-stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('challengeQa.questions.title')}</h2>
      <QueryStatus
        loading={loading}
        error={error}
        loadingText={t('challengeQa.questions.loading')}
        errorText={t('challengeQa.questions.error')}
        retryText={t('common.retry')}
        onRetry={refetch}
      />
      {page && (
        <>
          <p className="field-hint">
            {page.viewerCanAnswer
              ? t('challengeQa.questions.ownerIntro')
              : t('challengeQa.questions.intro')}
          </p>
          {page.nodes.length === 0 ? (
            <p>{t('challengeQa.questions.empty')}</p>
          ) : (
            <ul className="question-list">
              {page.nodes.map((question) => (
                <QuestionItem key={question.id} question={question} onChanged={refetch} />
              ))}
            </ul>
          )}
          {page.pageInfo.hasNextPage && (
            <Button variant="secondary" onClick={loadMore}>
              {t('challengeQa.showMore')}
            </Button>
          )}
          {page.viewerCanAsk && <AskQuestionForm challengeId={challengeId} onAsked={refetch} />}
          {!me && (
            <p>
              <Link to="/sign-in">{t('challengeQa.questions.signInToAsk')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
