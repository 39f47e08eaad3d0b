import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NOTIFICATION_KINDS, NotificationRecorder } from '@3ipet/notifications';
import type { ProjectMove } from './project-move.entity';
import type { Project } from './project.entity';

/** Tells a side, through its chosen notification channels, that a project waits on it. */
@Injectable()
export class ProjectNotices {
  constructor(private readonly recorder: NotificationRecorder) {}

  /** The side that did not propose (both sides when a curator did) is asked to confirm. */
  async moveProposed(manager: EntityManager, project: Project, move: ProjectMove): Promise<Project> {
    const organizationIds = [
      ...(move.proposedAs !== 'need' ? [project.needOrganizationId] : []),
      ...(move.proposedAs !== 'vendor' ? [project.vendorOrganizationId] : []),
    ];
    const payload = {
      projectId: project.id,
      moveId: move.id,
      toStage: move.toStage,
      ...(await titlesOf(manager, project)),
    };
    await this.recorder.recordMany(
      manager,
      organizationIds.map((organizationId) => ({
        organizationId,
        kind: NOTIFICATION_KINDS.projectMoveProposed,
        payload,
        dedupKey: `project-move:${move.id}`,
      })),
    );
    return project;
  }
}

/** The need's and the technology's titles as they are now, so a notice still says what it is about later. */
export async function titlesOf(
  manager: EntityManager,
  project: Pick<Project, 'needId' | 'technologyId'>,
): Promise<{ needTitle: string; technologyTitle: string }> {
  const [row]: { needTitle: string | null; technologyTitle: string | null }[] = await manager.query(
    `SELECT (SELECT title FROM need WHERE id = $1) AS "needTitle",
            (SELECT title FROM technology WHERE id = $2) AS "technologyTitle"`,
    [project.needId, project.technologyId],
  );
  return { needTitle: row.needTitle ?? '', technologyTitle: row.technologyTitle ?? '' };
}
