import { useApolloClient, useMutation } from '@apollo/client/react';
import { SUBMISSION_LIMITS } from '@oip/domain';
import {
  CurrentSubmissionDocument,
  SaveSubmissionDraftDocument,
  SubmitSubmissionDocument,
  WithdrawSubmissionDocument,
  type SubmissionFieldsFragment,
} from '@oip/graphql';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorView, fieldMessage, type ErrorView } from '../../../app/graphql-errors';
import { Button, Dialog, Select, TextField, useToast } from '../../../ui';
import { FormError } from '../../accounts/components/FormError';
import { formatRomeDateTime } from '../format';
import { useAutosave } from '../hooks/useAutosave';
import { toInput, toValues, type SubmissionValues } from '../values';
import '../submissions.css';
import { AutosaveStatus } from './AutosaveStatus';
import { ConflictView } from './ConflictView';
import { MarkdownField } from './MarkdownField';
import { SubmissionAttachments } from './SubmissionAttachments';

const TRL_OPTIONS = ['', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * One organisation's proposal: autosaved draft with live previews, conflict resolution,
 * submit and withdraw after confirmation. `open`: the challenge accepts proposals now.
 */
export function SubmissionEditor(props: {
  challengeId: string;
  organisationId: string;
  organisationName: string;
  initial: SubmissionFieldsFragment | null;
  open: boolean;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const client = useApolloClient();
  const [values, setValues] = useState<SubmissionValues>(() => toValues(props.initial));
  const [submission, setSubmission] = useState(props.initial);
  const [theirs, setTheirs] = useState<SubmissionFieldsFragment | null>(null);
  const [actionError, setActionError] = useState<ErrorView | null>(null);
  const [confirm, setConfirm] = useState<'submit' | 'withdraw' | null>(null);
  const version = useRef<number | null>(props.initial?.version ?? null);
  const [saveDraft] = useMutation(SaveSubmissionDraftDocument);
  const [submitSubmission, submitting] = useMutation(SubmitSubmissionDocument);
  const [withdrawSubmission, withdrawing] = useMutation(WithdrawSubmissionDocument);

  const adopt = (saved: SubmissionFieldsFragment) => {
    version.current = saved.version;
    setSubmission(saved);
  };

  const autosave = useAutosave<SubmissionValues>(async (next) => {
    try {
      const { data } = await saveDraft({
        variables: {
          challengeId: props.challengeId,
          organisationId: props.organisationId,
          expectedVersion: version.current,
          input: toInput(next),
        },
      });
      if (data) adopt(data.saveSubmissionDraft);
    } catch (error) {
      const view = errorView(error);
      if (view?.code === 'SUBMISSION_EDIT_CONFLICT' || view?.code === 'SUBMISSION_EXISTS') {
        const id = String(view.extensions.submissionId ?? submission?.id ?? '');
        const { data } = await client.query({
          query: CurrentSubmissionDocument,
          variables: { id },
          fetchPolicy: 'network-only',
        });
        if (data?.submission) setTheirs(data.submission);
      }
      throw error;
    }
  });

  const editable = props.open && (!submission || submission.viewerCan.edit);
  const fieldError = (name: string) => {
    const view = actionError ?? (autosave.state.kind === 'error' ? autosave.state.error : null);
    return fieldMessage(t, view, name);
  };
  const update = (patch: Partial<SubmissionValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    setActionError(null);
    autosave.change(next);
  };
  const flush = () => void autosave.flush();

  const keepMine = () => {
    if (!theirs) return;
    adopt(theirs);
    setTheirs(null);
    void autosave.resolved(values);
  };
  const takeTheirs = () => {
    if (!theirs) return;
    adopt(theirs);
    setValues(toValues(theirs));
    setTheirs(null);
    void autosave.resolved();
  };

  const doSubmit = async () => {
    setConfirm(null);
    await autosave.flush();
    if (autosave.hasPending() || !submission) return;
    try {
      const { data } = await submitSubmission({
        variables: { id: submission.id, expectedVersion: version.current ?? submission.version },
      });
      if (data) {
        adopt(data.submitSubmission);
        toast.show(t('submissions.submittedToast'), 'success');
      }
    } catch (error) {
      setActionError(errorView(error));
    }
  };
  const doWithdraw = async () => {
    setConfirm(null);
    if (!submission) return;
    try {
      const { data } = await withdrawSubmission({ variables: { id: submission.id } });
      if (data) {
        adopt(data.withdrawSubmission);
        toast.show(t('submissions.withdrawnToast'), 'success');
      }
    } catch (error) {
      setActionError(errorView(error));
    }
  };

  if (theirs)
    return (
      <ConflictView
        mine={values}
        theirs={theirs}
        busy={autosave.state.kind === 'saving'}
        onKeepMine={keepMine}
        onTakeTheirs={takeTheirs}
      />
    );

  const status = submission?.status ?? 'DRAFT';
  return (
    <div className="submission-editor">
      <p className="submission-state">
        {t(`submissions.status.${status}`)}
        {submission?.status === 'SUBMITTED' && submission.submittedAt
          ? ` — ${t('submissions.submittedOn', { date: formatRomeDateTime(submission.submittedAt, i18n.language) })}`
          : ''}
      </p>
      {status === 'WITHDRAWN' && editable && <p>{t('submissions.withdrawnHint')}</p>}
      {status === 'SUBMITTED' && <p>{t('submissions.submittedHint')}</p>}
      <FormError
        message={
          actionError
            ? actionError.code === 'VALIDATION_FAILED'
              ? t('submissions.completeBeforeSubmit')
              : errorMessage(t, actionError)
            : null
        }
      />
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <MarkdownField
          label={t('submissions.fields.summary')}
          value={values.summary}
          maxLength={SUBMISSION_LIMITS.summaryMax}
          readOnly={!editable}
          error={fieldError('summary')}
          onChange={(summary) => update({ summary })}
          onBlur={flush}
        />
        <MarkdownField
          label={t('submissions.fields.approach')}
          value={values.approach}
          maxLength={SUBMISSION_LIMITS.approachMax}
          readOnly={!editable}
          error={fieldError('approach')}
          onChange={(approach) => update({ approach })}
          onBlur={flush}
        />
        <MarkdownField
          label={t('submissions.fields.team')}
          value={values.team}
          maxLength={SUBMISSION_LIMITS.teamMax}
          readOnly={!editable}
          error={fieldError('team')}
          onChange={(team) => update({ team })}
          onBlur={flush}
        />
        <Select
          label={t('submissions.fields.trl')}
          options={TRL_OPTIONS.map((value) => ({
            value,
            label: value ? `TRL ${value}` : t('submissions.trlNone'),
          }))}
          value={values.trl}
          disabled={!editable}
          error={fieldError('trl')}
          onChange={(event) => update({ trl: event.target.value })}
          onBlur={flush}
        />
        <div className="field-row">
          <TextField
            label={t('submissions.fields.budgetAmount')}
            inputMode="decimal"
            value={values.budgetAmount}
            readOnly={!editable}
            error={fieldError('budgetAmount')}
            onChange={(event) => update({ budgetAmount: event.target.value })}
            onBlur={flush}
          />
          <TextField
            label={t('submissions.fields.budgetCurrency')}
            maxLength={3}
            value={values.budgetCurrency}
            readOnly={!editable}
            error={fieldError('budgetCurrency')}
            onChange={(event) => update({ budgetCurrency: event.target.value.toUpperCase() })}
            onBlur={flush}
          />
        </div>
        {editable && <AutosaveStatus state={autosave.state} />}
        <div className="actions">
          {editable && (
            <Button
              onClick={() => setConfirm('submit')}
              disabled={!submission || submitting.loading}
            >
              {t('submissions.submit')}
            </Button>
          )}
          {submission?.viewerCan.withdraw && (
            <Button
              variant="danger"
              onClick={() => setConfirm('withdraw')}
              disabled={withdrawing.loading}
            >
              {t('submissions.withdraw')}
            </Button>
          )}
        </div>
      </form>
      <SubmissionAttachments submissionId={submission?.id ?? null} editable={editable} />
      <Dialog
        open={confirm === 'submit'}
        title={t('submissions.confirmSubmitTitle')}
        onClose={() => setConfirm(null)}
        actions={<Button onClick={() => void doSubmit()}>{t('submissions.submit')}</Button>}
      >
        <p>{t('submissions.confirmSubmitBody', { organisation: props.organisationName })}</p>
      </Dialog>
      <Dialog
        open={confirm === 'withdraw'}
        title={t('submissions.confirmWithdrawTitle')}
        onClose={() => setConfirm(null)}
        actions={
          <Button variant="danger" onClick={() => void doWithdraw()}>
            {t('submissions.withdraw')}
          </Button>
        }
      >
        <p>{t('submissions.confirmWithdrawBody')}</p>
      </Dialog>
    </div>
  );
}
