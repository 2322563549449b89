import type { PartnershipFieldsFragment } from '@oip/graphql';
import { useTranslation } from 'react-i18next';
import { groupableItems } from '../lib/partnership-view';
import { ProjectGroupForm } from './ProjectGroupForm';
import { ProjectGroups } from './ProjectGroups';

/** Under the Active box: forming project groups where possible, and the existing groups. */
export function ActiveBoxExtras({
  organisationId,
  partnerships,
}: {
  organisationId: string;
  partnerships: PartnershipFieldsFragment[];
}) {
  const { t } = useTranslation();
  const groupable = groupableItems(partnerships, organisationId);
  return (
    <>
      {groupable.length > 0 && (
        <section aria-labelledby="form-group-heading">
          <h2 id="form-group-heading">{t('partnerships.group.formTitle')}</h2>
          {groupable.map((group) => (
            <ProjectGroupForm
              key={`${group[0]!.itemType}:${group[0]!.itemId}`}
              organisationId={organisationId}
              partnerships={group}
            />
          ))}
        </section>
      )}
      <ProjectGroups organisationId={organisationId} />
    </>
  );
}
