import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { impact } from '../../api/project-endpoints';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { ImpactFigures } from './ImpactFigures';

/** The public impact page: no login, the figures the API aggregates, and their CSV. */
export function ImpactPage() {
  const { t } = useTranslation();
  usePageTitle(t('impact.title'));
  const figures = useQuery({ queryKey: ['impact'], queryFn: impact.get });
  return (
    <>
      <PageHeader
        title={t('impact.title')}
        lead={t('impact.lead')}
        actions={
          <a className="button button--secondary" href={impact.csvUrl} download>
            {t('impact.download')}
          </a>
        }
      />
      {figures.isPending ? <Loading /> : null}
      {figures.isError ? <ErrorMessage error={figures.error} /> : null}
      {figures.data ? <ImpactFigures impact={figures.data} /> : null}
      <p className="hint">{t('impact.note')}</p>
    </>
  );
}
