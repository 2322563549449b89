import { useMutation } from '@apollo/client/react';
import { ANSWER_MAX_LENGTH } from '@oip/domain';
import { AnswerChallengeQuestionDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView, fieldMessage } from '../../../app/graphql-errors';
import { Button, TextArea, useToast } from '../../../ui';

/** The owner's inline answer (or edit of the answer) to one question. */
export function AnswerForm({
  questionId,
  initial,
  onDone,
  onCancel,
}: {
  questionId: string;
  initial: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [answer, setAnswer] = useState(initial);
  const [save, { loading, error }] = useMutation(AnswerChallengeQuestionDocument);
  const view = errorView(error);
  const fieldError = fieldMessage(t, view, 'answer');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { id: questionId, answer } });
      toast.show(t('challengeQa.questions.answered'), 'success');
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form className="qa-stack" onSubmit={(event) => void submit(event)} noValidate>
      <TextArea
        label={t('challengeQa.questions.answerLabel')}
        hint={t('challengeQa.questions.answerHint', { max: ANSWER_MAX_LENGTH })}
        value={answer}
        maxLength={ANSWER_MAX_LENGTH}
        rows={4}
        onChange={(event) => setAnswer(event.target.value)}
        error={fieldError}
      />
      {view && !fieldError && (
        <p className="field-error" role="alert">
          {errorMessage(t, view)}
        </p>
      )}
      <div className="qa-actions">
        <Button type="submit" disabled={loading || !answer.trim()}>
          {loading ? t('common.wait') : t('challengeQa.questions.publishAnswer')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('challengeQa.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
