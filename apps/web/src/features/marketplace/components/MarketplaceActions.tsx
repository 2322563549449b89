import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage, errorView } from '../../../app/graphql-errors';
import { Button, Dialog, useConfirmation, useToast } from '../../../ui';
import { useForgetMarketplaceItem, useMarketplaceAction, type MarketplaceAction } from '../hooks';
import { MARKETPLACE_PATHS, type MarketplaceKind } from '../lib/marketplace-kinds';

const ACTIONS: MarketplaceAction[] = ['publish', 'renew', 'archive', 'delete'];
/** A published item is offered renewal this close to its expiry (the API allows it any time). */
const RENEW_OFFERED_DAYS = 60;
const DANGEROUS: readonly MarketplaceAction[] = ['archive', 'delete'];

/**
 * Edit, publish, renew, archive and delete (a draft) as the API allows the viewer (viewerCan),
 * each confirmed. A deleted draft leads to its organisation's items, drafts included.
 */
export function MarketplaceActions({
  kind,
  item,
  onChanged,
}: {
  kind: MarketplaceKind;
  item: {
    id: string;
    status: string;
    expiresAt?: unknown;
    owner: { id: string };
    viewerCan: Record<MarketplaceAction | 'edit', boolean>;
  };
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const perform = useMarketplaceAction(kind);
  const forget = useForgetMarketplaceItem(kind);
  const navigate = useNavigate();
  const { pending, busy, error, ask, cancel, confirm } = useConfirmation<MarketplaceAction>(
    (caught) => errorMessage(t, errorView(caught)),
  );
  const available = ACTIONS.filter(
    (action) => item.viewerCan[action] && (action !== 'renew' || renewalDue(item)),
  );
  if (available.length === 0 && !item.viewerCan.edit) return null;

  const run = (action: MarketplaceAction) =>
    confirm(async () => {
      await perform(action, item.id);
      toast.show(t(`marketplace.done.${action}`), 'success');
      if (action !== 'delete') return onChanged();
      // synchronously, so the item's page is gone before the item leaves the cache; in its
      // place in the history (Back would open a page that no longer exists)
      navigate(`${MARKETPLACE_PATHS[kind]}?organisation=${item.owner.id}&status=all`, {
        flushSync: true,
        replace: true,
      });
      forget(item.id);
    });

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
            variant={DANGEROUS.includes(action) ? 'danger' : 'primary'}
            onClick={() => ask(action)}
          >
            {t(`marketplace.action.${action}`)}
          </Button>
        ))}
      </div>
      <Dialog
        open={pending !== null}
        title={pending ? t(`marketplace.confirm.${pending}.title`) : ''}
        onClose={cancel}
        actions={
          pending && (
            <Button
              variant={DANGEROUS.includes(pending) ? 'danger' : 'primary'}
              onClick={() => void run(pending)}
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

/** Expired, or published and expiring within RENEW_OFFERED_DAYS: renewing then means something. */
function renewalDue(item: { status: string; expiresAt?: unknown }): boolean {
  if (item.status !== 'PUBLISHED' || !item.expiresAt) return true;
  const daysLeft = (new Date(String(item.expiresAt)).getTime() - Date.now()) / 86_400_000;
  return daysLeft <= RENEW_OFFERED_DAYS;
}
