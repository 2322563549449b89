import { useMutation } from '@apollo/client/react';
import {
  TransitionChallengeDocument,
  type ChallengeAction,
  type ChallengeViewerCanFieldsFragment,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Dialog, TextArea, useConfirmation, useToast } from '../../../ui';
import { useChallengeLabels } from '../hooks/useChallengeLabels';
import { challengeErrorMessage } from '../lib/challenge-errors';

type Can = ChallengeViewerCanFieldsFragment['viewerCan'];

/** Each action, the viewerCan flag that shows its button, and whether it needs a comment. */
const ACTIONS: {
  action: ChallengeAction;
  can: keyof Omit<Can, '__typename' | 'edit'>;
  comment: boolean;
  danger: boolean;
}[] = [
  { action: 'SUBMIT_FOR_REVIEW', can: 'submitForReview', comment: false, danger: false },
  { action: 'APPROVE', can: 'approve', comment: false, danger: false },
  { action: 'RETURN_TO_DRAFT', can: 'returnToDraft', comment: true, danger: false },
  { action: 'CLOSE', can: 'close', comment: false, danger: true },
  { action: 'START_EVALUATION', can: 'startEvaluation', comment: false, danger: false },
  { action: 'CANCEL', can: 'cancel', comment: false, danger: true },
  { action: 'ARCHIVE', can: 'archive', comment: false, danger: true },
];

/**
 * The lifecycle buttons the API says the viewer may use now (viewerCan), each behind a
 * confirmation; "return to draft" asks for the reason. Refusals are shown translated.
 * (Award is the evaluation board's, not a button here.)
 */
export function ChallengeActions({
  challenge,
  onChanged,
}: {
  challenge: ChallengeViewerCanFieldsFragment;
  onChanged?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = useChallengeLabels();
  const toast = useToast();
  const { pending, busy, error, ask, cancel, confirm } = useConfirmation<(typeof ACTIONS)[number]>(
    (caught) => challengeErrorMessage(t, i18n.language, caught),
  );
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [transition] = useMutation(TransitionChallengeDocument);
  const available = ACTIONS.filter((entry) => challenge.viewerCan[entry.can]);

  if (available.length === 0 && !challenge.viewerCan.edit) return null;

  const open = (entry: (typeof ACTIONS)[number]) => {
    setComment('');
    setCommentError(null);
    ask(entry);
  };
  const run = (entry: (typeof ACTIONS)[number]) => {
    if (entry.comment && !comment.trim())
      return setCommentError(t('errors.CHALLENGE_COMMENT_REQUIRED'));
    return confirm(async () => {
      await transition({
        variables: { id: challenge.id, action: entry.action, comment: comment.trim() || null },
      });
      toast.show(t('challenges.actionDone', { action: labels.action(entry.action) }), 'success');
      onChanged?.();
    });
  };

  return (
    <>
      <div className="action-bar" role="group" aria-label={t('challenges.actions')}>
        {challenge.viewerCan.edit && (
          <Link className="btn btn-secondary" to={`/challenges/${challenge.id}/edit`}>
            {t('challenges.edit')}
          </Link>
        )}
        {available.map((entry) => (
          <Button
            key={entry.action}
            variant={entry.danger ? 'danger' : 'primary'}
            onClick={() => open(entry)}
          >
            {labels.action(entry.action)}
          </Button>
        ))}
      </div>
      <Dialog
        open={pending !== null}
        title={
          pending ? t('challenges.confirmTitle', { action: labels.action(pending.action) }) : ''
        }
        onClose={cancel}
        actions={
          pending && (
            <Button
              variant={pending.danger ? 'danger' : 'primary'}
              onClick={() => void run(pending)}
              disabled={busy}
            >
              {/* not the bare action: "Close" would read like the dialog's own close button */}
              {t('challenges.confirmDo', { action: labels.action(pending.action) })}
            </Button>
          )
        }
      >
        {pending && (
          <>
            <p>
              {t(`challenges.confirmBody.${pending.action}`, {
                status: labels.status(challenge.status),
              })}
            </p>
            {pending.comment && (
              <TextArea
                label={t('challenges.comment')}
                hint={t('challenges.commentHint')}
                required
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                error={commentError}
              />
            )}
            {error && (
              <p className="notice notice-error" role="alert">
                {error}
              </p>
            )}
          </>
        )}
      </Dialog>
    </>
  );
}
