import { useMutation } from '@apollo/client/react';
import { HideChallengeQuestionDocument, type ChallengeQuestionFieldsFragment } from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, useToast } from '../../../ui';
import { formatDateTime } from '../../challenge-brief/format';
import { AnswerForm } from './AnswerForm';

/** One question: its sanitised text, the answer or its pending state, the owner's answer form. */
export function QuestionItem({
  question,
  onChanged,
}: {
  question: ChallengeQuestionFieldsFragment;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [hide] = useMutation(HideChallengeQuestionDocument);
  const answered = question.answer !== null;

  const toggleHidden = async () => {
    try {
      await hide({ variables: { id: question.id, hidden: !question.hidden } });
      toast.show(
        t(question.hidden ? 'challengeQa.questions.shown' : 'challengeQa.questions.hiddenDone'),
        'success',
      );
      onChanged();
    } catch (error) {
      toast.show(errorMessage(t, errorView(error)) ?? t('errors.INTERNAL_SERVER_ERROR'), 'error');
    }
  };

  return (
    <li className="card question">
      <p className="question-meta">
        {question.asker
          ? t('challengeQa.questions.askedBy', {
              name: question.asker.fullName,
              date: formatDateTime(question.createdAt, i18n.language),
            })
          : t('challengeQa.questions.askedOn', {
              date: formatDateTime(question.createdAt, i18n.language),
            })}
        {question.askedByViewer && ` · ${t('challengeQa.questions.yours')}`}
        {question.hidden && ` · ${t('challengeQa.questions.hiddenBadge')}`}
      </p>
      {/* sanitised by the API (@oip/markdown) */}
      <div className="qa-markdown" dangerouslySetInnerHTML={{ __html: question.textHtml }} />
      {answered && !editing && (
        <div className="question-answer">
          <p className="question-meta">
            <strong>{t('challengeQa.questions.answer')}</strong>
          </p>
          <div
            className="qa-markdown"
            dangerouslySetInnerHTML={{ __html: question.answerHtml ?? '' }}
          />
        </div>
      )}
      {!answered && <p className="field-hint">{t('challengeQa.questions.pending')}</p>}
      {question.viewerCan.answer && (!answered || editing) && (
        <AnswerForm
          questionId={question.id}
          initial={question.answer ?? ''}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={editing ? () => setEditing(false) : undefined}
        />
      )}
      <div className="qa-actions">
        {question.viewerCan.answer && answered && !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('challengeQa.questions.editAnswer')}
          </Button>
        )}
        {question.viewerCan.hide && (
          <Button variant="secondary" onClick={() => void toggleHidden()}>
            {question.hidden ? t('challengeQa.questions.show') : t('challengeQa.questions.hide')}
          </Button>
        )}
      </div>
    </li>
  );
}
