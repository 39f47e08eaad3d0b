import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** For other libs: marks inbox notices read when what they announce was seen elsewhere in the app. */
@Injectable()
export class InboxReads {
  /** Every unread notice of `kind` about the match in the organisation's inbox becomes read. */
  async markMatchNoticesRead(
    manager: EntityManager,
    organizationId: string,
    kind: string,
    matchId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE notification SET read_at = now()
        WHERE organization_id = $1 AND kind = $2 AND payload->>'matchId' = $3 AND read_at IS NULL`,
      [organizationId, kind, matchId],
    );
  }
}
