import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ProjectDetailView, projects } from '../../api/project-endpoints';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { formatDate, formatUsd } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { MoveForm } from './MoveForm';
import { ResultsSection } from './ResultsSection';

/** One project for both sides and curators: where it stands, what waits for whom, and its history. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('projects.one'));
  const project = useQuery({ queryKey: ['projects', 'one', id], queryFn: () => projects.one(id) });
  return (
    <>
      <PageHeader title={project.data ? project.data.technology.name : t('projects.one')} />
      {project.isPending ? <Loading /> : null}
      {project.isError ? <ErrorMessage error={project.error} /> : null}
      {project.data ? <ProjectBody project={project.data} /> : null}
      <p>
        <Link to="/projects">{t('projects.backToList')}</Link>
      </p>
    </>
  );
}

function ProjectBody({ project }: { project: ProjectDetailView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: (moveId: string) => projects.confirm(project.id, moveId),
    onSuccess: (updated) => {
      queryClient.setQueryData(['projects', 'one', project.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
  const pending = project.pendingMove;
  const sideName = (side: string | null) => (side ? t(`projects.sideNames.${side}`) : '—');
  const mayConfirm = pending !== null && pending.proposedBy !== project.side;

  return (
    <>
      <p className="meta">{t('projects.forNeed', { need: project.need.name })}</p>
      <p>
        {t('projects.sides', {
          agency: project.needOrganization.name,
          vendor: project.vendorOrganization.name,
        })}
      </p>
      <p>
        {t('projects.stage')}:{' '}
        <strong className="badge" data-testid="project-stage">
          {t(`stage.${project.stage}`)}
        </strong>{' '}
        {t('projects.since', { date: formatDate(project.stageEnteredAt, language) })}
        {project.stalled ? <span className="badge badge--stalled"> {t('projects.stalled')}</span> : null}
        {project.endReason ? ` · ${t(`endReason.${project.endReason}`)}` : null}
      </p>
      <p className="meta">
        {t('projects.yourSide')}: {sideName(project.side)}
      </p>
      {project.contract ? (
        <p>
          {t('projects.contract')}:{' '}
          {t('projects.contractLine', {
            value: formatUsd(project.contract.valueUsd, language),
            financing: t(`financing.${project.contract.financing}`),
            date: formatDate(project.contract.signedOn, language, 'UTC'),
          })}
        </p>
      ) : null}
      {pending ? (
        <section className="alert alert--info" aria-label={t('projects.pending')}>
          <h2>{t('projects.pending')}</h2>
          <p>
            {t('projects.pendingText', {
              side: sideName(pending.proposedBy),
              stage: t(`stage.${pending.toStage}`),
              date: formatDate(pending.date, language, 'UTC'),
            })}
          </p>
          {pending.note ? <blockquote>{pending.note}</blockquote> : null}
          {mayConfirm ? (
            <button
              type="button"
              className="button"
              disabled={confirm.isPending}
              onClick={() => confirm.mutate(pending.id)}
            >
              {t('projects.confirm')}
            </button>
          ) : (
            <p>{t('projects.waitingForOther')}</p>
          )}
          {confirm.isError ? <ErrorMessage error={confirm.error} /> : null}
        </section>
      ) : null}
      {project.stage !== 'ended' ? <MoveForm project={project} /> : null}
      {project.deployments.length > 0 ? (
        <section>
          <h2>{t('projects.deployments')}</h2>
          <ul>
            {project.deployments.map((d) => (
              <li key={d.id}>
                {t('projects.deploymentLine', {
                  site: d.site,
                  city: d.city,
                  country: labels.country(d.country),
                  units: d.units,
                  date: formatDate(d.deployedOn, language, 'UTC'),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {project.deployments.length > 0 ? <ResultsSection project={project} /> : null}
      <section>
        <h2>{t('projects.history')}</h2>
        <ol className="history">
          {project.moves.map((move) => (
            <li key={move.id}>
              {t('projects.historyLine', {
                from: move.fromStage ? t(`stage.${move.fromStage}`) : '—',
                to: t(`stage.${move.toStage}`),
                date: formatDate(move.date, language, 'UTC'),
              })}{' '}
              · {t(`projects.moveStatus.${move.status}`)}
              {move.proposedBy ? ` · ${t('projects.proposedBy', { side: sideName(move.proposedBy) })}` : ''}
              {move.confirmedBy
                ? ` · ${t('projects.confirmedBy', { side: sideName(move.confirmedBy) })}`
                : ''}
              {move.note ? <p className="hint">{move.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
