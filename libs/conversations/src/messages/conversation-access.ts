import { ConflictProblem, NotFoundProblem } from '@3ipet/common';
import type { AuthContext } from '@3ipet/identity';
import { type MatchSide, PARTY_VISIBLE_STATUSES } from '@3ipet/matching';
import type { EntityManager } from 'typeorm';

/** The match a conversation belongs to, as far as access needs it. */
export interface ConversationMatch {
  id: string;
  status: string;
  needId: string;
  technologyId: string;
  needOrganizationId: string;
  vendorOrganizationId: string;
}

/** Where the caller stands in a conversation: one of the two sides, or a curator. */
export type ConversationSeat = MatchSide | 'curator';

/** Messages can be written while the two sides may still work together. */
const OPEN_STATUSES: readonly string[] = ['introduced', 'connected'];

/**
 * A conversation exists from the introduction on and is read by the two organisations and the curators.
 * Anyone else gets the same 404 as for a match that does not exist, as on the match routes.
 */
export async function enterConversation(
  manager: EntityManager,
  actor: AuthContext,
  matchId: string,
): Promise<{ match: ConversationMatch; seat: ConversationSeat }> {
  const [match]: ConversationMatch[] = await manager.query(
    `SELECT id, status, need_id AS "needId", technology_id AS "technologyId",
            need_organization_id AS "needOrganizationId", vendor_organization_id AS "vendorOrganizationId"
       FROM match WHERE id = $1`,
    [matchId],
  );
  const seat = match ? seatOf(actor, match) : null;
  if (!match || !seat || !(PARTY_VISIBLE_STATUSES as readonly string[]).includes(match.status)) {
    throw new NotFoundProblem('Match');
  }
  return { match, seat };
}

export function seatOf(actor: AuthContext, match: ConversationMatch): ConversationSeat | null {
  if (actor.role === 'admin') return 'curator';
  if (actor.organizationId === null) return null;
  if (actor.organizationId === match.needOrganizationId) return 'need';
  if (actor.organizationId === match.vendorOrganizationId) return 'vendor';
  return null;
}

/** A declined match keeps its conversation readable, closed to new messages and edits. */
export function assertConversationOpen(match: ConversationMatch): void {
  if (!OPEN_STATUSES.includes(match.status)) {
    throw new ConflictProblem(
      `The match is ${match.status}; its conversation is closed to new messages and edits.`,
      'conversation-closed',
    );
  }
}

/** The organisations a message must be told to: the other side, or both when a curator writes. */
export function organizationsToTell(match: ConversationMatch, seat: ConversationSeat): string[] {
  if (seat === 'need') return [match.vendorOrganizationId];
  if (seat === 'vendor') return [match.needOrganizationId];
  return [match.needOrganizationId, match.vendorOrganizationId];
}
