import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Match } from '../match/match.entity';
import type { MatchStatus } from '../match/match-status';
import type { ScoredComponent } from '../scoring/match-score';
import { storedScoreOf } from '../subjects/assess-pair';
import { MatchHistory } from '../workflow/match-history';
import { decideProposal } from './proposal-decision';
import { RankedPair, standingsOf } from './proposal-ranking';

export type ScoredPair = RankedPair;

export interface RecomputeSummary {
  created: number;
  rescored: number;
  reproposed: number;
  withdrawn: number;
}

/**
 * Applies recompute results to the stored matches: per need, the best qualifying pairs are proposed (see
 * `standingsOf`; `pairs` must hold all of a need's candidates and matched listings). Every change of an existing row is conditional on the
 * version and status it was read at: when a curator decided meanwhile, the curator wins and the row is skipped.
 */
@Injectable()
export class ProposalWriter {
  constructor(private readonly history: MatchHistory) {}

  async apply(
    manager: EntityManager,
    pairs: readonly ScoredPair[],
    existing: readonly Match[],
  ): Promise<RecomputeSummary> {
    const byPair = new Map(existing.map((match) => [pairKey(match.needId, match.technologyId), match]));
    const requested = await requestedMatchIds(manager, existing);
    const summary: RecomputeSummary = { created: 0, rescored: 0, reproposed: 0, withdrawn: 0 };
    const matchOf = (pair: ScoredPair) =>
      byPair.get(pairKey(pair.need.profile.id, pair.technology.profile.id)) ?? null;
    const standings = standingsOf(pairs, (pair) => matchOf(pair)?.status ?? null);
    for (const pair of pairs) {
      const match = matchOf(pair);
      const decision = decideProposal(
        match && { ...match, requested: requested.has(match.id) },
        pair,
        standings.get(pair)!,
      );
      if (decision.kind === 'create' && (await this.create(manager, pair))) summary.created += 1;
      if (!match) continue;
      if (decision.kind === 'rescore' && (await this.rescore(manager, match, pair))) summary.rescored += 1;
      if (decision.kind === 'repropose' && (await this.move(manager, match, pair, 'proposed', null)))
        summary.reproposed += 1;
      if (
        decision.kind === 'withdraw' &&
        (await this.move(manager, match, pair, 'withdrawn', decision.reason))
      )
        summary.withdrawn += 1;
    }
    return summary;
  }

  /** The other side's recompute may insert the same pair at the same moment; the unique pair key keeps one. */
  private async create(manager: EntityManager, pair: ScoredPair): Promise<boolean> {
    const scored = storedScoreOf(pair.scored);
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO match (need_id, technology_id, need_organization_id, vendor_organization_id, status, origin,
                          score, components, exclusion_reason)
       VALUES ($1, $2, $3, $4, 'proposed', 'automatic', $5, $6::jsonb, NULL)
       ON CONFLICT (need_id, technology_id) DO NOTHING RETURNING id`,
      [
        pair.need.profile.id,
        pair.technology.profile.id,
        pair.need.organizationId,
        pair.technology.vendorOrganizationId,
        scored.score,
        JSON.stringify(scored.components),
      ],
    );
    if (inserted.length === 0) return false;
    await this.history.record(manager, {
      matchId: inserted[0].id,
      from: null,
      to: 'proposed',
      actorId: null,
      actorRole: 'system',
      note: `Proposed automatically with score ${scored.score}.`,
    });
    return true;
  }

  private async rescore(manager: EntityManager, match: Match, pair: ScoredPair): Promise<boolean> {
    const scored = storedScoreOf(pair.scored);
    const unchanged =
      match.score === scored.score &&
      match.exclusionReason === scored.exclusionReason &&
      sameComponents(match.components, scored.components);
    if (unchanged) return false;
    return this.updateIfUnchanged(manager, match, scored);
  }

  private async move(
    manager: EntityManager,
    match: Match,
    pair: ScoredPair,
    to: MatchStatus,
    reason: string | null,
  ): Promise<boolean> {
    const scored = storedScoreOf(pair.scored);
    if (!(await this.updateIfUnchanged(manager, match, { ...scored, status: to }))) return false;
    await this.history.record(manager, {
      matchId: match.id,
      from: match.status,
      to,
      actorId: null,
      actorRole: 'system',
      note: reason ?? `Qualifies again with score ${scored.score}.`,
    });
    return true;
  }

  private async updateIfUnchanged(
    manager: EntityManager,
    match: Match,
    changes: Partial<Match>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Match)
      .set({ ...changes, scoredAt: () => 'now()', version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version AND status = :status', {
        id: match.id,
        version: match.version,
        status: match.status,
      })
      .execute();
    return result.affected === 1;
  }
}

const pairKey = (needId: string, technologyId: string) => `${needId}:${technologyId}`;

/** Field by field: jsonb does not keep the key order the components were written in. */
const sameComponents = (stored: readonly ScoredComponent[], fresh: readonly ScoredComponent[]) =>
  stored.length === fresh.length &&
  stored.every(
    (c, i) =>
      c.name === fresh[i].name &&
      c.points === fresh[i].points &&
      c.value === fresh[i].value &&
      c.weight === fresh[i].weight &&
      c.sentence === fresh[i].sentence,
  );

/** The proposals among `matches` that an agency or a vendor asked the curators about (match_request). */
async function requestedMatchIds(manager: EntityManager, matches: readonly Match[]): Promise<Set<string>> {
  const proposed = matches.filter((match) => match.status === 'proposed').map((match) => match.id);
  if (proposed.length === 0) return new Set();
  const rows: { match_id: string }[] = await manager.query(
    'SELECT DISTINCT match_id FROM match_request WHERE match_id = ANY($1::uuid[])',
    [proposed],
  );
  return new Set(rows.map((row) => row.match_id));
}
