import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../app/i18n';
import { useLocalized } from '../../../app/useLocalized';
import { QueryStatus } from '../../../ui';
import { formatIndicatorValue, formatMonth } from '../format';
import { useIndicators } from '../hooks/useIndicators';

/** The region's indicators as the report shows them: baseline, latest value, target, reached. */
export function IndicatorsTable() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const localized = useLocalized();
  const { indicators, loading, error, refetch } = useIndicators();

  if (loading || error) {
    return (
      <QueryStatus
        loading={loading}
        error={error}
        loadingText={t('indicators.loading')}
        errorText={t('indicators.error')}
        retryText={t('common.retry')}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!indicators.length) return <p className="notice">{t('indicators.empty')}</p>;

  return (
    <div className="table-scroll">
      <table className="term-table indicators-table">
        <caption>{t('indicators.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.indicator')}</th>
            <th scope="col">{t('indicators.baseline')}</th>
            <th scope="col">{t('indicators.latest')}</th>
            <th scope="col">{t('indicators.target')}</th>
            <th scope="col">{t('indicators.status')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const value = (n: number) => formatIndicatorValue(n, indicator.unit, locale);
            return (
              <tr key={indicator.code}>
                <th scope="row">
                  {localized(indicator.name)}
                  {indicator.note && (
                    <span className="indicator-note">{localized(indicator.note)}</span>
                  )}
                </th>
                <td>{value(indicator.baseline)}</td>
                <td>
                  {indicator.latest ? (
                    <>
                      {value(indicator.latest.value)}
                      <span className="indicator-date">
                        {formatMonth(indicator.latest.observedOn, locale)}
                      </span>
                    </>
                  ) : (
                    t('indicators.noData')
                  )}
                </td>
                <td>
                  {value(indicator.target)}
                  <span className="indicator-date">
                    {formatMonth(indicator.targetDate, locale)}
                  </span>
                </td>
                <td>
                  <span className={indicator.targetReached ? 'badge badge-ok' : 'badge'}>
                    {indicator.targetReached ? t('indicators.reached') : t('indicators.notReached')}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
