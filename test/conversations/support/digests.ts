import type { TestApp } from '../../support/app';

export interface RecordedDigest {
  organizationId: string;
  payload: { messages: { excerpt: string }[]; [key: string]: unknown };
  inbox: number;
  email: string | null;
}

/** Makes the pending notices of a match look `minutes` older, as if the digest window had passed. */
export async function passWindow(app: TestApp, matchId: string, minutes: number): Promise<void> {
  await app.dataSource.query(
    `UPDATE conversation_message_notice SET created_at = created_at - make_interval(mins => $2)
      WHERE match_id = $1 AND digested_at IS NULL`,
    [matchId, minutes],
  );
}

/** The digests recorded for a match, oldest first, with their e-mail delivery's status. */
export function digestsOf(app: TestApp, matchId: string): Promise<RecordedDigest[]> {
  return app.dataSource.query(
    `SELECT n.organization_id AS "organizationId", n.payload,
            (SELECT count(*)::int FROM notification_delivery d WHERE d.notification_id = n.id AND d.channel <> 'email') AS inbox,
            (SELECT min(d.status) FROM notification_delivery d WHERE d.notification_id = n.id AND d.channel = 'email') AS email
       FROM notification n
      WHERE n.kind = 'match.messages-digest' AND n.payload->>'matchId' = $1
      ORDER BY n.created_at, n.id`,
    [matchId],
  );
}
