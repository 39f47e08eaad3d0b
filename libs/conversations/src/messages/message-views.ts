import type { EntityManager } from 'typeorm';
import type { MessageView } from '../dto/message.dto';
import type { MessageAuthorRole } from './conversation-message.entity';
import { linksOf } from './message-text';

interface MessageRow {
  id: string;
  matchId: string;
  authorUserId: string | null;
  authorOrganizationId: string | null;
  authorRole: MessageAuthorRole;
  authorName: string | null;
  organizationName: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
}

interface EditRow {
  messageId: string;
  previousBody: string;
  replacedAt: Date;
}

const SELECT_MESSAGES = `
  SELECT m.id, m.match_id AS "matchId", m.author_user_id AS "authorUserId",
         m.author_organization_id AS "authorOrganizationId", m.author_role AS "authorRole",
         u.display_name AS "authorName", o.name AS "organizationName",
         m.body, m.created_at AS "createdAt", m.edited_at AS "editedAt"
    FROM conversation_message m
    LEFT JOIN app_user u ON u.id = m.author_user_id
    LEFT JOIN organization o ON o.id = m.author_organization_id`;

/** Messages as the callers read them: author named, links listed, earlier texts of edited ones attached. */
export class MessageViews {
  constructor(
    private readonly manager: EntityManager,
    private readonly match: { needOrganizationId: string; vendorOrganizationId: string },
    private readonly callerId: string,
  ) {}

  async page(matchId: string, limit: number, offset: number): Promise<MessageView[]> {
    const rows: MessageRow[] = await this.manager.query(
      `${SELECT_MESSAGES} WHERE m.match_id = $1 ORDER BY m.seq LIMIT $2 OFFSET $3`,
      [matchId, limit, offset],
    );
    return this.viewsOf(rows);
  }

  async one(messageId: string): Promise<MessageView> {
    const rows: MessageRow[] = await this.manager.query(`${SELECT_MESSAGES} WHERE m.id = $1`, [messageId]);
    return (await this.viewsOf(rows))[0];
  }

  private async viewsOf(rows: MessageRow[]): Promise<MessageView[]> {
    const edited = rows.filter((row) => row.editedAt !== null).map((row) => row.id);
    const edits: EditRow[] = edited.length
      ? await this.manager.query(
          `SELECT message_id AS "messageId", previous_body AS "previousBody", replaced_at AS "replacedAt"
             FROM conversation_message_edit WHERE message_id = ANY($1::uuid[]) ORDER BY replaced_at, id`,
          [edited],
        )
      : [];
    return rows.map((row) => ({
      id: row.id,
      matchId: row.matchId,
      author: {
        userId: row.authorUserId,
        name: row.authorName ?? '—',
        seat: this.seatOf(row),
        organizationName: row.organizationName,
      },
      text: row.body,
      links: linksOf(row.body),
      mine: row.authorUserId === this.callerId,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      edits: edits
        .filter((edit) => edit.messageId === row.id)
        .map((edit) => ({ text: edit.previousBody, replacedAt: edit.replacedAt })),
    }));
  }

  private seatOf(row: MessageRow): 'need' | 'vendor' | 'curator' {
    if (row.authorOrganizationId === this.match.needOrganizationId) return 'need';
    if (row.authorOrganizationId === this.match.vendorOrganizationId) return 'vendor';
    return 'curator';
  }
}
