import type { SubmissionFieldsFragment } from '@oip/graphql';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';
import { changedFields, toValues, type SubmissionValues } from '../values';

/**
 * Someone saved a newer version: both texts side by side, field by field, and the person
 * chooses — keep theirs (saved on top of the newer version) or take the server's. Never a
 * silent overwrite.
 */
export function ConflictView(props: {
  mine: SubmissionValues;
  theirs: SubmissionFieldsFragment;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const theirs = toValues(props.theirs);
  const fields = changedFields(props.mine, theirs);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="conflict" aria-labelledby="submission-conflict-title">
      <h2 id="submission-conflict-title" ref={heading} tabIndex={-1}>
        {t('submissions.conflict.title')}
      </h2>
      <p>{t('submissions.conflict.intro', { version: props.theirs.version })}</p>
      {fields.length === 0 && <p>{t('submissions.conflict.same')}</p>}
      {fields.map((field) => (
        <div key={field} className="conflict-field">
          <h3>{t(`submissions.fields.${field}`)}</h3>
          <div className="conflict-columns">
            <figure>
              <figcaption>{t('submissions.conflict.mine')}</figcaption>
              <pre>{props.mine[field] || t('submissions.conflict.empty')}</pre>
            </figure>
            <figure>
              <figcaption>
                {t('submissions.conflict.theirs', { version: props.theirs.version })}
              </figcaption>
              <pre>{theirs[field] || t('submissions.conflict.empty')}</pre>
            </figure>
          </div>
        </div>
      ))}
      <div className="actions">
        <Button onClick={props.onKeepMine} disabled={props.busy}>
          {t('submissions.conflict.keepMine')}
        </Button>
        <Button variant="secondary" onClick={props.onTakeTheirs} disabled={props.busy}>
          {t('submissions.conflict.takeTheirs')}
        </Button>
      </div>
    </section>
  );
}
