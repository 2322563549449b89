import { useParams } from 'react-router';
import { RequireSignIn } from '../features/accounts/components/RequireSignIn';
import { SubmissionWorkspace } from '../features/submissions/components/SubmissionWorkspace';

/** /challenges/:id/submission — an organisation's proposal for a challenge. */
export function SubmissionPage() {
  const { id = '' } = useParams();
  return <RequireSignIn>{() => <SubmissionWorkspace challengeId={id} />}</RequireSignIn>;
}
