import { Injectable } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import {
  ChannelSender,
  type DeliveryProgress,
  type DeliveryWork,
  UndeliverableError,
} from '../../deliveries/delivery-work';
import { type EmailLocale, emailLocaleOf, renderEmail } from '../../templates/render-email';
import { MailTransport } from './mail-transport';

/** One e-mail per language spoken in the organisation, each to the members who read that language. */
@Injectable()
export class EmailSender extends ChannelSender {
  constructor(
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async send(work: DeliveryWork, progress: DeliveryProgress): Promise<void> {
    const groups = byLocale(work.recipients);
    if (groups.size === 0) throw new UndeliverableError('The organisation has no active member to e-mail');
    const pending = [...groups].filter(([locale]) => !work.completedParts.includes(locale));
    for (const [index, [locale, to]] of pending.entries()) {
      const { kind, payload } = work.notification;
      await this.transport.send({
        to,
        ...renderEmail(kind, payload, locale, this.config.env.PUBLIC_URL),
        messageId: `<${work.deliveryId}.${locale}@3ipet.notifications>`,
        headers: { 'X-3iPET-Delivery': work.deliveryId, 'X-3iPET-Event': kind, 'Content-Language': locale },
      });
      // The last part needs no record of its own: the delivery is marked sent right after.
      if (index < pending.length - 1) await progress.partSent(locale);
    }
  }
}

function byLocale(recipients: DeliveryWork['recipients']): Map<EmailLocale, string[]> {
  const groups = new Map<EmailLocale, string[]>();
  for (const { email, locale } of recipients) {
    const language = emailLocaleOf(locale);
    groups.set(language, [...(groups.get(language) ?? []), email]);
  }
  return groups;
}
