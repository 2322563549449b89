import { useMutation } from '@apollo/client/react';
import { CONFIDENTIAL_DETAILS_MAX_LENGTH, NDA_TERMS_MAX_LENGTH } from '@oip/domain';
import { UpdateConfidentialBriefDocument } from '@oip/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView, fieldMessage } from '../../../app/graphql-errors';
import { Button, TextArea, useToast } from '../../../ui';

/**
 * Owner side: confidential details (markdown, rendered sanitised once saved) and the terms to
 * accept. No live preview here: the web app does not depend on @oip/markdown yet (the
 * challenge editor may add it; then a preview is two lines).
 */
export function BriefEditor({
  challengeId,
  details: initialDetails,
  termsText: initialTerms,
  onSaved,
  onCancel,
}: {
  challengeId: string;
  details: string;
  termsText: string;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [details, setDetails] = useState(initialDetails);
  const [termsText, setTermsText] = useState(initialTerms);
  const [save, { loading, error }] = useMutation(UpdateConfidentialBriefDocument);
  const view = errorView(error);
  const termsError = fieldMessage(t, view, 'termsText');
  const detailsError = fieldMessage(t, view, 'details');
  const termsChanged = initialTerms !== '' && termsText.trim() !== initialTerms.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { challengeId, input: { details, termsText } } });
      toast.show(t('challengeQa.brief.saved'), 'success');
      onSaved();
    } catch {
      // shown next to the fields
    }
  };

  return (
    <form className="qa-stack" onSubmit={(event) => void submit(event)} noValidate>
      <TextArea
        label={t('challengeQa.brief.termsLabel')}
        hint={t('challengeQa.brief.termsHint')}
        value={termsText}
        maxLength={NDA_TERMS_MAX_LENGTH}
        required
        onChange={(event) => setTermsText(event.target.value)}
        error={termsError}
      />
      {termsChanged && (
        <p className="notice" role="status">
          {t('challengeQa.brief.termsChangeWarning')}
        </p>
      )}
      <TextArea
        label={t('challengeQa.brief.detailsLabel')}
        hint={t('challengeQa.brief.detailsHint')}
        value={details}
        maxLength={CONFIDENTIAL_DETAILS_MAX_LENGTH}
        rows={10}
        onChange={(event) => setDetails(event.target.value)}
        error={detailsError}
      />
      {view && !termsError && !detailsError && (
        <p className="field-error" role="alert">
          {errorMessage(t, view)}
        </p>
      )}
      <div className="qa-actions">
        <Button type="submit" disabled={loading}>
          {loading ? t('common.wait') : t('challengeQa.brief.save')}
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
