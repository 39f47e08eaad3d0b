import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PROJECT_STAGES, type ProjectStage, projects } from '../../api/project-endpoints';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../taxonomy/labels';
import { useSignedInUser } from '../../session/session';

/** The caller's projects; curators see all, and filter the stalled ones. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const user = useSignedInUser();
  const curator = user?.role === 'admin';
  const [params, setParams] = useSearchParams();
  const stage = (params.get('stage') || undefined) as ProjectStage | undefined;
  const stalled = params.get('stalled') === 'true' || undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const stageId = useId();
  const title = curator ? t('projects.curatorTitle') : t('projects.title');
  usePageTitle(title);
  const list = useQuery({
    queryKey: ['projects', 'list', stage, stalled, page],
    queryFn: () => projects.list({ stage, stalled, page, limit: 20 }),
  });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next);
  };

  return (
    <>
      <PageHeader title={title} lead={t('projects.lead')} />
      <div className="filters-inline">
        <label htmlFor={stageId}>{t('projects.stageFilter')}</label>{' '}
        <select id={stageId} value={stage ?? ''} onChange={(e) => set('stage', e.target.value || undefined)}>
          <option value="">{t('projects.anyStage')}</option>
          {PROJECT_STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </select>{' '}
        <label>
          <input
            type="checkbox"
            checked={stalled === true}
            onChange={(e) => set('stalled', e.target.checked ? 'true' : undefined)}
          />{' '}
          {t('projects.stalledOnly')}
        </label>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? <EmptyState>{t('projects.empty')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="card-list">
          {list.data.items.map((project) => (
            <li key={project.id} className="card">
              <h2>
                <Link to={`/projects/${project.id}`}>{project.technology.name}</Link>
              </h2>
              <p className="meta">{t('projects.forNeed', { need: project.need.name })}</p>
              <p>
                {t('projects.sides', {
                  agency: project.needOrganization.name,
                  vendor: project.vendorOrganization.name,
                })}
              </p>
              <p>
                <span className="badge">{t(`stage.${project.stage}`)}</span>{' '}
                {t('projects.since', { date: formatDate(project.stageEnteredAt, language) })}
                {project.stalled ? (
                  <span className="badge badge--stalled"> {t('projects.stalled')}</span>
                ) : null}
                {project.pendingMove ? <span className="badge"> {t('projects.pending')}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {list.data ? (
        <Pagination
          page={page}
          total={list.data.total}
          limit={list.data.limit}
          onPage={(next) => {
            const nextParams = new URLSearchParams(params);
            nextParams.set('page', String(next));
            setParams(nextParams);
          }}
        />
      ) : null}
    </>
  );
}
