import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';
import { changedTexts, type ChallengeFormValues } from '../lib/challenge-form';

export interface TextChange {
  field: string;
  locale: 'it' | 'en';
  mine: string;
  theirs: string;
}

/**
 * Someone saved a newer version while this person was editing. Their texts and the newer ones
 * side by side; they choose: keep theirs on top of the newer version, or take the newer one.
 * Nothing is saved until they decide and save again. Shared by every versioned editor
 * (challenges, offers, requests): `title` and `fieldLabel` name the thing edited.
 */
export function TextConflict({
  title,
  changes,
  fieldLabel,
  version,
  onKeepMine,
  onTakeTheirs,
}: {
  title: string;
  changes: TextChange[];
  fieldLabel: (field: string) => string;
  version: number;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="conflict" aria-labelledby="conflict-heading" role="alert">
      <h2 id="conflict-heading">{title}</h2>
      <p>{t('challenges.conflict.intro', { version })}</p>
      {changes.length === 0 ? (
        <p>{t('challenges.conflict.sameTexts')}</p>
      ) : (
        changes.map((change) => (
          <div key={`${change.field}-${change.locale}`}>
            <h3>
              {fieldLabel(change.field)} ({t(`challenges.language.${change.locale}`)})
            </h3>
            <div className="conflict-pair">
              <div>
                <p>
                  <strong>{t('challenges.conflict.mine')}</strong>
                </p>
                <pre lang={change.locale}>{change.mine || t('challenges.conflict.empty')}</pre>
              </div>
              <div>
                <p>
                  <strong>{t('challenges.conflict.theirs', { version })}</strong>
                </p>
                <pre lang={change.locale}>{change.theirs || t('challenges.conflict.empty')}</pre>
              </div>
            </div>
          </div>
        ))
      )}
      <div className="action-bar">
        <Button onClick={onKeepMine}>{t('challenges.conflict.keepMine')}</Button>
        <Button variant="danger" onClick={onTakeTheirs}>
          {t('challenges.conflict.takeTheirs')}
        </Button>
      </div>
    </section>
  );
}

/** The conflict view of the challenge editor. */
export function EditConflict({
  mine,
  theirs,
  version,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: ChallengeFormValues;
  theirs: ChallengeFormValues;
  version: number;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  return (
    <TextConflict
      title={t('challenges.conflict.title')}
      changes={changedTexts(mine, theirs)}
      fieldLabel={(field) => t(`challenges.fields.${field}`)}
      version={version}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
  );
}
