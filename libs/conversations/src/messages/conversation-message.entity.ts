import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who wrote a message: a member of either side of the match, or a curator. */
export type MessageAuthorRole = 'vendor' | 'agency' | 'admin';

/** One message of a match's conversation. Table created by Conversations1765420000000. */
@Entity('conversation_message')
export class ConversationMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Order of writing across all conversations; read markers point at it. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid')
  matchId!: string;

  @Column('uuid', { nullable: true })
  authorUserId!: string | null;

  /** Null for curators, who belong to no organisation. */
  @Column('uuid', { nullable: true })
  authorOrganizationId!: string | null;

  @Column('text')
  authorRole!: MessageAuthorRole;

  /** Plain text (sanitised on the way in); clients render it as text and turn only http(s) URLs into links. */
  @Column('text')
  body!: string;

  /** The client's `Idempotency-Key`: a retried post with the same key returns the first message. */
  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  editedAt!: Date | null;
}

/** A text an edit replaced, kept so the conversation's history stays readable. */
@Entity('conversation_message_edit')
export class ConversationMessageEdit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  messageId!: string;

  @Column('text')
  previousBody!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  replacedAt!: Date;
}
