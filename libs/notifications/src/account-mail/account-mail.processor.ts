import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { AccountMailPreparer } from '@3ipet/identity';
import { Processor } from '@3ipet/queue';
import { MailTransport } from '../channels/email/mail-transport';
import { emailLocaleOf } from '../templates/render-email';
import { AccountMailJob } from './account-mail.job';
import { renderAccountEmail } from './account-messages';

/** Mints the link (identity), renders the e-mail in the account's language and hands it to the mail port. */
@Injectable()
export class AccountMailProcessor {
  private readonly logger = new Logger(AccountMailProcessor.name);

  constructor(
    private readonly preparer: AccountMailPreparer,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {}

  @Processor(AccountMailJob)
  async send(job: AccountMailJob): Promise<void> {
    const mail = await this.preparer.prepare(job);
    if (!mail) {
      this.logger.log(
        { kind: job.kind, id: job.id },
        'Account e-mail not sent: its request was spent or expired',
      );
      return;
    }
    const locale = emailLocaleOf(mail.locale);
    await this.transport.send({
      to: [mail.to],
      ...renderAccountEmail(mail, locale, this.config.env.PUBLIC_URL),
      messageId: `<account-${job.kind}-${job.id}-${Date.now()}@3ipet.accounts>`,
      headers: { 'X-3iPET-Event': `account.${job.kind}`, 'Content-Language': locale },
    });
  }
}
