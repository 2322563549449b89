import { useTranslation } from 'react-i18next';
import { ImageUploadField } from '../../../ui';

/** Owners and admins upload the organisation's logo (re-encoded by the API). */
export function LogoUpload(props: {
  organisationId: string;
  name: string;
  logoUrl: string | null;
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {props.logoUrl && (
        <img
          src={props.logoUrl}
          alt={t('organisations.logoOf', { name: props.name })}
          className="logo"
        />
      )}
      <ImageUploadField
        label={t('organisations.chooseLogo')}
        hint={t('organisations.logoHint')}
        url={`/api/organisations/${props.organisationId}/logo`}
        successMessage={t('organisations.logoSaved')}
        onUploaded={props.onUploaded}
      />
    </>
  );
}
