/** One e-mail, ready to hand over. */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Stable across retries, so a receiving system can drop a copy it already has. */
  messageId: string;
  headers: Record<string, string>;
}

/** The mail port: SMTP when SMTP_URL is set, otherwise files under DATA_DIR/mail. */
export abstract class MailTransport {
  /** Resolves once the message was accepted for at least one recipient; throws otherwise. */
  abstract send(mail: OutgoingMail): Promise<void>;
}
