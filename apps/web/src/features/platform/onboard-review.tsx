import { findCounty, listMunicipalitiesInCounty, type OnboardTenantInput } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';

/** Step 2: what will be created, as the schema parsed it, before anything is sent. */
export function OnboardReview({
  values,
  isPending,
  onBack,
  onSubmit,
}: {
  values: OnboardTenantInput;
  isPending: boolean;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const county = findCounty(values.countyCode);
  const names = new Map<string, string>(
    listMunicipalitiesInCounty(values.countyCode).map((m) => [m.code, m.memberName]),
  );
  const members = [
    t('administration.onboard.fk'),
    t('administration.onboard.af'),
    county?.regionName ?? '',
    ...values.municipalityCodes.map((code) => names.get(code) ?? code),
    ...values.otherMembers.map((member) => member.name),
  ].filter((name, index, all) => name !== '' && all.indexOf(name) === index);
  return (
    <>
      <dl className="summary-list">
        <dt>{t('administration.onboard.name')}</dt>
        <dd>{values.name}</dd>
        <dt>{t('administration.onboard.orgNumber')}</dt>
        <dd>{values.orgNumber ?? '–'}</dd>
        <dt>{t('administration.onboard.slug')}</dt>
        <dd>/f/{values.slug}</dd>
        <dt>{t('administration.onboard.county')}</dt>
        <dd>{county?.name}</dd>
        <dt>{t('administration.onboard.members', { count: members.length })}</dt>
        <dd>
          <ul className="change-list">
            {members.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('administration.onboard.adminEmail')}</dt>
        <dd>{values.firstAdminEmail}</dd>
      </dl>
      <p>{t('administration.onboard.reviewNote')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" aria-disabled={isPending} onClick={onSubmit}>
          {isPending ? t('administration.common.working') : t('administration.onboard.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('administration.onboard.back')}
        </button>
      </div>
    </>
  );
}
