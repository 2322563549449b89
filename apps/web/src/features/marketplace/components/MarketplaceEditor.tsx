import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  CollaborationRequestDocument,
  CreateCollaborationRequestDocument,
  CreateTechnologyOfferDocument,
  TechnologyOfferDocument,
  UpdateCollaborationRequestDocument,
  UpdateTechnologyOfferDocument,
  type CollaborationRequestFieldsFragment,
  type TechnologyOfferFieldsFragment,
} from '@oip/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage, errorView, type ErrorView } from '../../../app/graphql-errors';
import { useToast } from '../../../ui';
import { FormError } from '../../accounts/components/FormError';
import { TextConflict } from '../../challenges/components/EditConflict';
import {
  changedTexts,
  emptyValues,
  localErrors,
  toOfferInput,
  toRequestInput,
  valuesFromItem,
  type MarketplaceFormValues,
} from '../lib/marketplace-form';
import { MARKETPLACE_PATHS, type MarketplaceKind } from '../lib/marketplace-kinds';
import { SimilarItemsPanel } from '../../matchmaking/components/SimilarItemsPanel';
import { splitTags } from '../lib/list-params';
import { MarketplaceForm } from './MarketplaceForm';

type Item = TechnologyOfferFieldsFragment | CollaborationRequestFieldsFragment;

/**
 * Creates an offer or request for `organisationId`, or edits `item` over its version. A save
 * over a newer version is refused by the API (MARKETPLACE_EDIT_CONFLICT): the editor fetches
 * the newer text and lets the person choose, as the challenge editor does.
 */
export function MarketplaceEditor({
  kind,
  organisationId,
  item,
}: {
  kind: MarketplaceKind;
  organisationId?: string;
  item?: Item;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [values, setValues] = useState(() => (item ? valuesFromItem(item) : emptyValues()));
  const [version, setVersion] = useState(item?.version ?? 0);
  const [conflict, setConflict] = useState<{
    theirs: MarketplaceFormValues;
    version: number;
  } | null>(null);
  const [error, setError] = useState<ErrorView | null>(null);
  const [createOffer, creatingOffer] = useMutation(CreateTechnologyOfferDocument);
  const [updateOffer, updatingOffer] = useMutation(UpdateTechnologyOfferDocument);
  const [createRequest, creatingRequest] = useMutation(CreateCollaborationRequestDocument);
  const [updateRequest, updatingRequest] = useMutation(UpdateCollaborationRequestDocument);
  const saving = [creatingOffer, updatingOffer, creatingRequest, updatingRequest].some(
    (state) => state.loading,
  );

  const fieldError = (name: string) => {
    const code = error?.fields[name];
    return code ? t(`errors.${code}`) : null;
  };

  const loadNewer = async (id: string) => {
    const newer =
      kind === 'offer'
        ? (
            await client.query({
              query: TechnologyOfferDocument,
              variables: { id },
              fetchPolicy: 'network-only',
            })
          ).data?.technologyOffer
        : (
            await client.query({
              query: CollaborationRequestDocument,
              variables: { id },
              fetchPolicy: 'network-only',
            })
          ).data?.collaborationRequest;
    if (newer) setConflict({ theirs: valuesFromItem(newer), version: newer.version });
  };

  /** Saves and answers the id of the saved item. */
  const send = async (): Promise<string | undefined> => {
    if (kind === 'offer') {
      const input = toOfferInput(values);
      if (item) {
        const result = await updateOffer({
          variables: { id: item.id, expectedVersion: version, input },
        });
        return result.data?.updateTechnologyOffer.id;
      }
      const result = await createOffer({ variables: { organisationId: organisationId!, input } });
      return result.data?.createTechnologyOffer.id;
    }
    const input = toRequestInput(values);
    if (item) {
      const result = await updateRequest({
        variables: { id: item.id, expectedVersion: version, input },
      });
      return result.data?.updateCollaborationRequest.id;
    }
    const result = await createRequest({ variables: { organisationId: organisationId!, input } });
    return result.data?.createCollaborationRequest.id;
  };

  const save = async () => {
    const local = localErrors(kind, values);
    if (Object.keys(local).length > 0) {
      setError({ code: 'VALIDATION_FAILED', fields: local, extensions: {} });
      return;
    }
    setError(null);
    try {
      const id = await send();
      if (!id) return;
      toast.show(t('marketplace.saved'), 'success');
      void navigate(`${MARKETPLACE_PATHS[kind]}/${id}`);
    } catch (caught) {
      const view = errorView(caught);
      if (view?.code === 'MARKETPLACE_EDIT_CONFLICT' && item)
        await loadNewer(item.id).catch(() => undefined);
      setError(view);
    }
  };

  const banner = conflict ? (
    <TextConflict
      title={t('marketplace.conflictTitle')}
      changes={changedTexts(values, conflict.theirs)}
      fieldLabel={(field) => t(`marketplace.fields.${field}`)}
      version={conflict.version}
      onKeepMine={() => {
        setVersion(conflict.version);
        setConflict(null);
        setError(null);
      }}
      onTakeTheirs={() => {
        setValues(conflict.theirs);
        setVersion(conflict.version);
        setConflict(null);
        setError(null);
      }}
    />
  ) : (
    <FormError
      message={
        error?.code === 'VALIDATION_FAILED' ? t('errors.VALIDATION_FAILED') : errorMessage(t, error)
      }
    />
  );

  return (
    <MarketplaceForm
      kind={kind}
      organisationId={item?.owner.id ?? organisationId!}
      values={values}
      onChange={setValues}
      fieldError={fieldError}
      onSubmit={() => void save()}
      saving={saving}
      submitLabel={item ? t('marketplace.save') : t('marketplace.createDraft')}
      banner={banner}
      aside={
        <SimilarItemsPanel
          kind={kind === 'offer' ? 'OFFER' : 'REQUEST'}
          draft={{ text: `${values.titleIt} ${values.titleEn}`, tags: splitTags(values.tags) }}
          excludeId={item?.id}
          organisationId={organisationId ?? item?.owner.id}
        />
      }
    />
  );
}
