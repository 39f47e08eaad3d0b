import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trackRecords } from '../api/project-endpoints';
import { formatDate, formatNumber } from '../i18n/format';
import { useLabels, useUiLanguage } from '../taxonomy/labels';
import { ErrorMessage, Loading } from './common';

/** A vendor's deployments through 3iPET with their verified results, on its public profile. */
export function TrackRecord({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const record = useQuery({
    queryKey: ['track-record', organizationId],
    queryFn: () => trackRecords.of(organizationId),
  });
  return (
    <section aria-labelledby="track-record-heading">
      <h2 id="track-record-heading">{t('trackRecord.title')}</h2>
      {record.isPending ? <Loading /> : null}
      {record.isError ? <ErrorMessage error={record.error} /> : null}
      {record.data && record.data.items.length === 0 ? <p>{t('trackRecord.empty')}</p> : null}
      {record.data && record.data.items.length > 0 ? (
        <>
          <p>
            {t('trackRecord.summary', { deployments: record.data.deployments, units: record.data.units })}
          </p>
          <ul className="card-list">
            {record.data.items.map((item) => (
              <li key={`${item.technologyId}-${item.site}-${item.deployedOn}`} className="card">
                <h3>
                  <Link to={`/technologies/${item.technologyId}`}>{item.technologyTitle}</Link>
                </h3>
                <p className="meta">
                  {item.site}, {item.city}, {labels.country(item.country)} ·{' '}
                  {t('trackRecord.units', { count: item.units })} ·{' '}
                  {formatDate(item.deployedOn, language, 'UTC')}
                </p>
                {item.verifiedResults.map((result) => (
                  <p key={`${result.pollutant}-${result.metric}-${result.periodEnd}`}>
                    <span className="badge badge--verified">{t('results.verified')}</span>{' '}
                    {labels.pollutant(result.pollutant)}: {formatNumber(result.baselineValue, language)} →{' '}
                    {formatNumber(result.afterValue, language)} {result.unit} (−
                    {formatNumber(result.reductionPercent, language)} %)
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
