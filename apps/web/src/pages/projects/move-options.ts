import { PIPELINE_STAGES, type ProjectDetailView, type ProjectStage } from '../../api/project-endpoints';

/** The stages the caller may propose from here (the API's stage machine decides; this only trims the menu). */
export function stagesToOffer(
  project: Pick<ProjectDetailView, 'stage' | 'pausedFromStage' | 'side'>,
): ProjectStage[] {
  if (project.stage === 'ended') return [];
  const curator = project.side === 'curator';
  const onward: ProjectStage[] =
    project.stage === 'paused'
      ? project.pausedFromStage && !curator
        ? [project.pausedFromStage]
        : []
      : curator
        ? []
        : PIPELINE_STAGES.slice(
            PIPELINE_STAGES.indexOf(project.stage as (typeof PIPELINE_STAGES)[number]) + 1,
          );
  return [...onward, ...(project.stage === 'paused' ? [] : (['paused'] as const)), 'ended'];
}

export const today = () => new Date().toISOString().slice(0, 10);
