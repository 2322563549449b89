import { useMutation } from '@apollo/client/react';
import { QUESTION_MAX_LENGTH } from '@oip/domain';
import { AskChallengeQuestionDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView, fieldMessage } from '../../../app/graphql-errors';
import { Button, TextArea, useToast } from '../../../ui';

/** Asks a clarification question; the owner sees it at once, others once it is answered. */
export function AskQuestionForm({
  challengeId,
  onAsked,
}: {
  challengeId: string;
  onAsked: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [text, setText] = useState('');
  const [ask, { loading, error }] = useMutation(AskChallengeQuestionDocument);
  const view = errorView(error);
  const fieldError = fieldMessage(t, view, 'text');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await ask({ variables: { challengeId, text } });
      setText('');
      toast.show(t('challengeQa.questions.asked'), 'success');
      onAsked();
    } catch {
      // shown below the field (validation) or in the form (anything else)
    }
  };

  return (
    <form className="qa-stack" onSubmit={(event) => void submit(event)} noValidate>
      <TextArea
        label={t('challengeQa.questions.askLabel')}
        hint={t('challengeQa.questions.askHint', { max: QUESTION_MAX_LENGTH })}
        value={text}
        maxLength={QUESTION_MAX_LENGTH}
        required
        onChange={(event) => setText(event.target.value)}
        error={fieldError}
      />
      {view && !fieldError && (
        <p className="field-error" role="alert">
          {errorMessage(t, view)}
        </p>
      )}
      <Button type="submit" disabled={loading || !text.trim()}>
        {loading ? t('common.wait') : t('challengeQa.questions.ask')}
      </Button>
    </form>
  );
}
