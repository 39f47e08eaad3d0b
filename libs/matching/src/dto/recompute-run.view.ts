import { ApiProperty } from '@nestjs/swagger';

export const RECOMPUTE_RUN_STATUSES = ['queued', 'running', 'done'] as const;
export type RecomputeRunStatus = (typeof RECOMPUTE_RUN_STATUSES)[number];

export class RecomputeRunView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: RECOMPUTE_RUN_STATUSES,
    description: 'queued: waiting for a worker; running: needs being recomputed; done: every open need was',
  })
  status!: RecomputeRunStatus;
  @ApiProperty({ type: Number, nullable: true, description: 'Open needs when the run started' })
  needsTotal!: number | null;
  @ApiProperty({ description: 'Needs recomputed so far' }) needsDone!: number;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}
