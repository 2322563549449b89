import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  ChallengeForEditDocument,
  CreateChallengeDocument,
  UpdateChallengeDocument,
  type ChallengeEditFieldsFragment,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorView, type ErrorView } from '../../../app/graphql-errors';
import { useToast } from '../../../ui';
import { FormError } from '../../accounts/components/FormError';
import { challengeErrorMessage } from '../lib/challenge-errors';
import {
  emptyValues,
  localErrors,
  toChallengeInput,
  valuesFromChallenge,
  type ChallengeFormValues,
} from '../lib/challenge-form';
import { SimilarItemsPanel } from '../../matchmaking/components/SimilarItemsPanel';
import { splitTags } from '../lib/list-params';
import { ChallengeForm } from './ChallengeForm';
import { EditConflict } from './EditConflict';

interface Conflict {
  theirs: ChallengeFormValues;
  version: number;
}

/**
 * Creates a challenge for `organisationId`, or edits `challenge` over its version. A save over a
 * newer version is refused by the API (CHALLENGE_EDIT_CONFLICT): the editor fetches the newer
 * text and lets the person choose — never a silent overwrite. After saving, the challenge page
 * offers "Submit for review".
 */
export function ChallengeEditor(
  props:
    | { organisationId: string; challenge?: undefined }
    | { challenge: ChallengeEditFieldsFragment; organisationId?: undefined },
) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [values, setValues] = useState(() =>
    props.challenge ? valuesFromChallenge(props.challenge) : emptyValues(),
  );
  const [version, setVersion] = useState(props.challenge?.version ?? 0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [rebased, setRebased] = useState<number | null>(null);
  const [error, setError] = useState<ErrorView | null>(null);
  const [rawError, setRawError] = useState<unknown>(null);
  const [create, creating] = useMutation(CreateChallengeDocument);
  const [update, updating] = useMutation(UpdateChallengeDocument);

  const fieldError = (name: string) => {
    const code = error?.fields[name];
    return code ? t(`errors.${code}`) : null;
  };

  const loadNewer = async (id: string) => {
    const { data } = await client.query({
      query: ChallengeForEditDocument,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    if (data)
      setConflict({ theirs: valuesFromChallenge(data.challenge), version: data.challenge.version });
  };

  const save = async () => {
    const local = localErrors(values);
    if (Object.keys(local).length > 0) {
      setError({ code: 'VALIDATION_FAILED', fields: local, extensions: {} });
      return;
    }
    setError(null);
    setRawError(null);
    const input = toChallengeInput(values);
    try {
      let id: string;
      if (props.challenge) {
        const result = await update({
          variables: { id: props.challenge.id, expectedVersion: version, input },
          refetchQueries: ['Challenge'],
        });
        id = props.challenge.id;
        if (result.data) setVersion(result.data.updateChallenge.version);
      } else {
        const result = await create({ variables: { organisationId: props.organisationId, input } });
        if (!result.data) return;
        id = result.data.createChallenge.id;
      }
      toast.show(t('challenges.saved'), 'success');
      void navigate(`/challenges/${id}`);
    } catch (caught) {
      const view = errorView(caught);
      if (view?.code === 'CHALLENGE_EDIT_CONFLICT' && props.challenge) {
        await loadNewer(props.challenge.id).catch(() => undefined);
      }
      setError(view);
      setRawError(caught);
    }
  };

  const banner = (
    <>
      {conflict && (
        <EditConflict
          mine={values}
          theirs={conflict.theirs}
          version={conflict.version}
          onKeepMine={() => {
            setVersion(conflict.version);
            setRebased(conflict.version);
            setConflict(null);
            setError(null);
          }}
          onTakeTheirs={() => {
            setValues(conflict.theirs);
            setVersion(conflict.version);
            setRebased(null);
            setConflict(null);
            setError(null);
          }}
        />
      )}
      {rebased !== null && !conflict && (
        <p className="notice" role="status">
          {t('challenges.conflict.rebased', { version: rebased })}
        </p>
      )}
      {!conflict && (
        <FormError
          message={
            error?.code === 'VALIDATION_FAILED'
              ? t('errors.VALIDATION_FAILED')
              : error
                ? challengeErrorMessage(t, i18n.language, rawError)
                : null
          }
        />
      )}
    </>
  );

  return (
    <ChallengeForm
      values={values}
      onChange={setValues}
      fieldError={fieldError}
      onSubmit={() => void save()}
      saving={creating.loading || updating.loading}
      submitLabel={props.challenge ? t('challenges.save') : t('challenges.createDraft')}
      banner={banner}
      aside={
        <SimilarItemsPanel
          kind="CHALLENGE"
          draft={{
            text: `${values.text.it.title} ${values.text.en.title}`,
            tags: splitTags(values.tags),
          }}
          excludeId={props.challenge?.id}
          organisationId={props.organisationId ?? props.challenge?.owner.id}
        />
      }
    />
  );
}
