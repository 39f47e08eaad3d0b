import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { MailTransport, type OutgoingMail } from './mail-transport';

/**
 * Without SMTP_URL: each message becomes an .eml file under DATA_DIR/mail (open it in any mail client) and a
 * log line.
 */
export class FileMailTransport extends MailTransport {
  private readonly logger = new Logger(FileMailTransport.name);
  private readonly composer: Transporter = createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  readonly directory: string;

  constructor(
    dataDir: string,
    private readonly from: string,
  ) {
    super();
    this.directory = join(resolve(dataDir), 'mail');
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.composer.sendMail({ from: this.from, ...mail });
    await mkdir(this.directory, { recursive: true });
    const name = mail.messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9.@-]/g, '_');
    const path = join(this.directory, `${Date.now()}-${name}.eml`);
    await writeFile(path, info.message as Buffer);
    this.logger.log(
      { to: mail.to, subject: mail.subject, path },
      'E-mail written to a file (SMTP_URL is not set)',
    );
  }
}
