import type { Provider } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { FileMailTransport } from './email/file-mail-transport';
import { MailTransport } from './email/mail-transport';
import { SmtpMailTransport } from './email/smtp-mail-transport';
import { HostRateLimiter } from './webhook/host-rate-limiter';
import { MemoryHostRateLimiter } from './webhook/memory-host-rate-limiter';
import { RedisHostRateLimiter } from './webhook/redis-host-rate-limiter';

/** The adapters behind the mail and rate-limit ports, picked by configuration alone. */
export const channelProviders: Provider[] = [
  {
    provide: MailTransport,
    inject: [AppConfig],
    useFactory: (config: AppConfig) =>
      config.mailDriver === 'smtp'
        ? new SmtpMailTransport(config.env.SMTP_URL!, config.env.MAIL_FROM)
        : new FileMailTransport(config.env.DATA_DIR, config.env.MAIL_FROM),
  },
  {
    provide: HostRateLimiter,
    inject: [AppConfig],
    useFactory: (config: AppConfig) => {
      const settings = {
        ratePerSecond: config.env.WEBHOOK_RATE_PER_HOST,
        burst: config.env.WEBHOOK_BURST_PER_HOST,
      };
      return config.env.REDIS_URL
        ? new RedisHostRateLimiter(config.env.REDIS_URL, config.env.REDIS_PREFIX, settings)
        : new MemoryHostRateLimiter(settings);
    },
  },
];
