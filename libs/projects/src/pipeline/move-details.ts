import { ValidationProblem, type FieldError } from '@3ipet/common';
import type { ProposeMoveInput } from '../dto/move-input.dto';
import type { MoveDetails } from './project-move.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Which detail goes with which target stage: required there, refused anywhere else. */
const DETAIL_FOR_STAGE = {
  contract: 'contract-signed',
  deployment: 'deployed',
  endReason: 'ended',
} as const;

/**
 * The details a move carries, checked against its target stage, and its date: a move records something that
 * happened, so no later than tomorrow in UTC (a day ahead of UTC somewhere in the world).
 */
export function moveDetailsOf(input: ProposeMoveInput, now = Date.now()): MoveDetails {
  const errors: FieldError[] = [];
  for (const [field, stage] of Object.entries(DETAIL_FOR_STAGE) as [
    keyof typeof DETAIL_FOR_STAGE,
    string,
  ][]) {
    const given = input[field] !== undefined;
    if (input.toStage === stage && !given) {
      errors.push({ field, rule: 'required', message: `${field} is required to move to ${stage}` });
    } else if (input.toStage !== stage && given) {
      errors.push({ field, rule: 'notAllowed', message: `${field} goes only with a move to ${stage}` });
    }
  }
  const latest = new Date(now + DAY_MS).toISOString().slice(0, 10);
  if (input.date > latest) {
    errors.push({ field: 'date', rule: 'notInFuture', message: 'date must not be in the future' });
  }
  if (errors.length > 0) throw new ValidationProblem(errors);
  return {
    ...(input.contract
      ? { contract: { valueUsd: input.contract.valueUsd, financing: input.contract.financing } }
      : {}),
    ...(input.deployment
      ? {
          deployment: {
            country: input.deployment.country,
            city: input.deployment.city.trim(),
            site: input.deployment.site.trim(),
            units: input.deployment.units,
          },
        }
      : {}),
    ...(input.endReason ? { endReason: input.endReason } : {}),
  };
}
