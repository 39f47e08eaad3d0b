import { EntityManager } from 'typeorm';
import { ForbiddenProblem, NotFoundProblem, UnprocessableProblem } from '@3ipet/common';
import { Technology } from '@3ipet/catalog';
import { AuthContext, Organization } from '@3ipet/identity';
import { Need } from '@3ipet/needs';
import type { MatchSide } from '../match/match-status';

export interface InterestSubjects {
  need: Need;
  technology: Technology;
}

/**
 * The pair one side asks about. Its own subject must be its organisation's (else the same 404 as a missing
 * id); the other side's must be public: a published listing for an agency, an open need for a vendor (whose
 * organisation must be verified, as for searching needs). Anything private of others answers 404.
 */
export async function loadInterestSubjects(
  manager: EntityManager,
  actor: AuthContext,
  side: MatchSide,
  ids: { needId: string; technologyId: string },
): Promise<InterestSubjects> {
  const need = await manager.findOneBy(Need, { id: ids.needId });
  const technology = await manager.findOneBy(Technology, { id: ids.technologyId });
  if (side === 'need') {
    if (!need || need.organizationId !== actor.organizationId) throw new NotFoundProblem('Need');
    if (technology?.status !== 'published') throw new NotFoundProblem('Technology');
    if (need.status !== 'open') throw notOpen('needId', 'Only an open need can ask for introductions.');
    return { need, technology };
  }
  if (!technology || technology.vendorOrganizationId !== actor.organizationId) {
    throw new NotFoundProblem('Technology');
  }
  const organization = await manager.findOneBy(Organization, { id: actor.organizationId! });
  if (!organization?.verified) {
    throw new ForbiddenProblem('Members of verified organisations may express interest in open needs.');
  }
  if (!need || need.status === 'draft') throw new NotFoundProblem('Need');
  if (need.status !== 'open') throw notOpen('needId', 'Only an open need can be answered.');
  if (technology.status !== 'published') {
    throw notOpen('technologyId', 'Only a published listing can answer a need.', 'isPublishedListing');
  }
  return { need, technology };
}

function notOpen(field: string, detail: string, rule = 'isOpenNeed') {
  return new UnprocessableProblem(detail, 'unmatchable', {
    errors: [{ field, rule, message: detail }],
  });
}
