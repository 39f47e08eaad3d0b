import type { DataSource } from 'typeorm';

/**
 * What the receivers should have got, read from the delivery rows: webhook delivery ids, `<id>.<locale>` of
 * e-mails.
 */
export async function owedToReceivers(dataSource: DataSource) {
  const webhooks: { id: string }[] = await dataSource.query(
    `SELECT id FROM notification_delivery WHERE channel = 'webhook'`,
  );
  const emails: { key: string }[] = await dataSource.query(
    `SELECT DISTINCT d.id || '.' || CASE WHEN u.locale ILIKE 'zh%' THEN 'zh' ELSE 'en' END AS key
       FROM notification_delivery d JOIN app_user u ON u.organization_id = d.organization_id AND u.status = 'active'
      WHERE d.channel = 'email'`,
  );
  return { webhookIds: webhooks.map((row) => row.id), emailKeys: emails.map((row) => row.key) };
}

/** (notification, channel, target) triples recorded more than once, and deliveries per channel and status. */
export async function deliveryLedger(dataSource: DataSource) {
  const [twice]: { count: number }[] = await dataSource.query(
    `SELECT count(*)::int AS count FROM (
       SELECT 1 FROM notification_delivery GROUP BY notification_id, channel, target HAVING count(*) > 1) AS repeated`,
  );
  const [notifications]: { count: number }[] = await dataSource.query(
    `SELECT count(*)::int AS count FROM notification`,
  );
  const rows: { channel: string; status: string; count: number }[] = await dataSource.query(
    `SELECT channel, status, count(*)::int AS count FROM notification_delivery GROUP BY channel, status ORDER BY 1, 2`,
  );
  return {
    notifications: notifications.count,
    recordedTwice: twice.count,
    byChannel: Object.fromEntries(rows.map((row) => [`${row.channel}:${row.status}`, row.count])),
  };
}
