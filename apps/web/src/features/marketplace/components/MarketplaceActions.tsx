import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, useToast } from '../../../ui';
import { useMarketplaceAction, type MarketplaceAction } from '../hooks';
import { MARKETPLACE_PATHS, type MarketplaceKind } from '../lib/marketplace-kinds';

const ACTIONS: MarketplaceAction[] = ['publish', 'renew', 'archive'];

/** Edit, publish, renew and archive as the API allows the viewer (viewerCan), each confirmed. */
export function MarketplaceActions({
  kind,
  item,
  onChanged,
}: {
  kind: MarketplaceKind;
  item: { id: string; viewerCan: Record<MarketplaceAction | 'edit', boolean> };
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const perform = useMarketplaceAction(kind);
  const [pending, setPending] = useState<MarketplaceAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const available = ACTIONS.filter((action) => item.viewerCan[action]);
  if (available.length === 0 && !item.viewerCan.edit) return null;

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await perform(pending, item.id);
      toast.show(t(`marketplace.done.${pending}`), 'success');
      setPending(null);
      onChanged();
    } catch (caught) {
      setError(errorMessage(t, errorView(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="action-bar" role="group" aria-label={t('marketplace.actions')}>
        {item.viewerCan.edit && (
          <Link className="btn btn-secondary" to={`${MARKETPLACE_PATHS[kind]}/${item.id}/edit`}>
            {t('marketplace.edit')}
          </Link>
        )}
        {available.map((action) => (
          <Button
            key={action}
            variant={action === 'archive' ? 'danger' : 'primary'}
            onClick={() => {
              setError(null);
              setPending(action);
            }}
          >
            {t(`marketplace.action.${action}`)}
          </Button>
        ))}
      </div>
      <Dialog
        open={pending !== null}
        title={pending ? t(`marketplace.confirm.${pending}.title`) : ''}
        onClose={() => setPending(null)}
        actions={
          pending && (
            <Button
              variant={pending === 'archive' ? 'danger' : 'primary'}
              onClick={() => void confirm()}
              disabled={busy}
            >
              {t(`marketplace.confirm.${pending}.do`)}
            </Button>
          )
        }
      >
        {pending && <p>{t(`marketplace.confirm.${pending}.body`)}</p>}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
      </Dialog>
    </>
  );
}
