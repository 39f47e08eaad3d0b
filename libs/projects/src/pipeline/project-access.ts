import { NotFoundProblem } from '@3ipet/common';
import { type AuthContext, isAdmin } from '@3ipet/identity';
import type { Project } from './project.entity';
import type { ProjectActor } from './project-stages';

/** How the caller relates to a project, or null when it is none of their business. */
export function actorOf(
  actor: AuthContext,
  project: Pick<Project, 'needOrganizationId' | 'vendorOrganizationId'>,
): ProjectActor | null {
  if (isAdmin(actor)) return 'curator';
  if (actor.organizationId === null) return null;
  if (actor.organizationId === project.needOrganizationId) return 'need';
  if (actor.organizationId === project.vendorOrganizationId) return 'vendor';
  return null;
}

/** The two sides and curators see a project; anyone else gets the same 404 as for a missing id. */
export function assertProjectActor(
  actor: AuthContext,
  project: Project | null,
): { project: Project; as: ProjectActor } {
  const as = project ? actorOf(actor, project) : null;
  if (!project || !as) throw new NotFoundProblem('Project');
  return { project, as };
}
