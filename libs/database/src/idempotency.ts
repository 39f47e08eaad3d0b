import { EntityManager } from 'typeorm';

/**
 * Claims a message for a consumer inside the consumer's own transaction. Returns false when the
 * consumer already processed it, so the effect is skipped: at-least-once delivery, exactly-once effect.
 */
export async function claimMessageOnce(
  manager: EntityManager,
  consumer: string,
  messageKey: string,
): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO processed_message (consumer, message_key) VALUES ($1, $2)
     ON CONFLICT DO NOTHING RETURNING message_key`,
    [consumer, messageKey],
  );
  return inserted.length === 1;
}
