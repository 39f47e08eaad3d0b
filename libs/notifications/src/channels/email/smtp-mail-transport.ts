import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { MailTransport, type OutgoingMail } from './mail-transport';

/** Pooled SMTP connections; every network wait is bounded so an attempt cannot hang for ever. */
export class SmtpMailTransport extends MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(SmtpMailTransport.name);
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport({
      pool: true,
      url: smtpUrl,
      maxConnections: 5,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail({ from: this.from, ...mail });
    const rejected = (info.rejected ?? []) as unknown[];
    if ((info.accepted ?? []).length === 0) {
      throw new Error(`The SMTP server accepted none of the recipients (${rejected.length} rejected)`);
    }
    if (rejected.length > 0)
      this.logger.warn({ messageId: mail.messageId, rejected }, 'Some recipients were rejected');
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
