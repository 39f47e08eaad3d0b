import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ProjectDetailView, projects } from '../../api/project-endpoints';
import { ErrorMessage, Loading } from '../../components/common';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { ResultForm } from './ResultForm';

/** The project's measured results: the reduction as the API computed it, verified or not; curators verify. */
export function ResultsSection({ project }: { project: ProjectDetailView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const key = ['projects', 'results', project.id];
  const results = useQuery({ queryKey: key, queryFn: () => projects.results(project.id) });
  const verify = useMutation({
    mutationFn: (resultId: string) => projects.verifyResult(project.id, resultId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <section>
      <h2>{t('results.title')}</h2>
      {results.isPending ? <Loading /> : null}
      {results.isError ? <ErrorMessage error={results.error} /> : null}
      {results.data && results.data.items.length === 0 ? <p>{t('results.empty')}</p> : null}
      {results.data && results.data.items.length > 0 ? (
        <ul className="card-list">
          {results.data.items.map((result) => (
            <li key={result.id} className="card" data-testid="result">
              <h3>
                {labels.pollutant(result.pollutant)} · {t(`results.metrics.${result.metric}`)}
              </h3>
              <p>
                {formatNumber(result.baselineValue, language)} → {formatNumber(result.afterValue, language)}{' '}
                {result.unit}:{' '}
                <strong>
                  {t('results.reduction', {
                    reduction: formatNumber(result.reduction, language),
                    unit: result.unit,
                    percent: formatNumber(result.reductionPercent, language),
                  })}
                </strong>
              </p>
              <p className="meta">
                {result.method} · {formatDate(result.periodStart, language, 'UTC')} –{' '}
                {formatDate(result.periodEnd, language, 'UTC')} ·{' '}
                <a href={result.evidenceUrl} rel="noopener noreferrer" target="_blank">
                  {t('results.evidence')}
                </a>
              </p>
              <p>
                <span className={`badge ${result.verified ? 'badge--verified' : ''}`}>
                  {result.verified ? t('results.verified') : t('results.unverified')}
                </span>{' '}
                {project.side === 'curator' && !result.verified ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={verify.isPending}
                    onClick={() => verify.mutate(result.id)}
                  >
                    {t('results.verify')}
                  </button>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {verify.isError ? <ErrorMessage error={verify.error} /> : null}
      {project.side !== 'curator' ? <ResultForm project={project} /> : null}
    </section>
  );
}
