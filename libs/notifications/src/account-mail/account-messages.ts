import type { AccountMailKind, PreparedAccountMail } from '@3ipet/identity';
import { type Message, WebLinks } from '../templates/message';
import { type EmailLocale, type RenderedEmail, asHtml, asText } from '../templates/render-email';

type AccountTemplate = (mail: PreparedAccountMail, web: WebLinks, until: string) => Message;

interface AccountCatalog {
  templates: Record<AccountMailKind, AccountTemplate>;
  footer: string;
}

/** `a***@example.org`: enough for the owner to recognise, not a copy for whoever reads the old mailbox. */
const masked = (email = ''): string => {
  const [local, domain] = email.split('@');
  return domain ? `${local.slice(0, 1)}***@${domain}` : '';
};

const ENGLISH: AccountCatalog = {
  templates: {
    'password-reset': (m, web, until) => ({
      subject: '3iPET: reset your password',
      paragraphs: [
        `Hello ${m.displayName},`,
        `Someone (we hope you) asked to reset the password of your 3iPET account. The link works once, until ${until}. Setting a new password signs you out everywhere.`,
        'If you did not ask, ignore this e-mail: your password stays as it is.',
      ],
      action: { label: 'Set a new password', url: web.resetPassword(m.token) },
    }),
    'email-verification': (m, web, until) => ({
      subject: '3iPET: confirm your e-mail address',
      paragraphs: [
        `Hello ${m.displayName},`,
        `Confirm that this address is yours to finish signing up. The link works once, until ${until}.`,
      ],
      action: { label: 'Confirm my address', url: web.confirmEmail(m.token) },
    }),
    'email-change': (m, web, until) => ({
      subject: '3iPET: confirm your new e-mail address',
      paragraphs: [
        `Hello ${m.displayName},`,
        `You asked to sign in to 3iPET with this address from now on. The link works once, until ${until}; your old address stays in use until then.`,
      ],
      action: { label: 'Confirm the new address', url: web.confirmEmail(m.token) },
    }),
    invitation: (m, web, until) => ({
      subject: `3iPET: ${m.displayName} invites you to join ${m.organizationName ?? ''}`,
      paragraphs: [
        `${m.displayName} invites you to join ${m.organizationName ?? ''} on 3iPET, the platform that matches air-quality technology with the places that need it.`,
        `The invitation is valid until ${until}.`,
      ],
      action: { label: 'Accept the invitation', url: web.invitation(m.token) },
    }),
    'email-changed': (m, web) => ({
      subject: '3iPET: your sign-in address was changed',
      paragraphs: [
        `Hello ${m.displayName},`,
        `Your 3iPET account now signs in with ${masked(m.newEmail)} instead of this address.`,
        'If you did not make this change, reset your password at once and tell the 3iPET team.',
      ],
      action: { label: 'Reset the password', url: web.forgotPassword() },
    }),
    'review-notice': (m, web) => {
      const title = m.notice?.technologyTitle ?? '';
      const lines = {
        'review.assigned': [
          `3iPET: a listing to review: ${title}`,
          `An admin asked you to review the listing “${title}”. Its claims and evidence are in your review workspace.`,
        ],
        'review.submitted': [
          `3iPET: a review was submitted: ${title}`,
          `An expert submitted a review of “${title}”. It is waiting for an admin to publish the verdict.`,
        ],
        'review.verdict-expired': [
          `3iPET: a verdict expired: ${title}`,
          `The expert verdict on “${title}” has expired; its claims count as stated again. Assign the listing for a new review.`,
        ],
      }[m.notice?.kind ?? 'review.assigned'];
      return {
        subject: lines[0],
        paragraphs: [`Hello ${m.displayName},`, lines[1]],
        action: { label: 'Open', url: web.page(m.notice?.path) },
      };
    },
  },
  footer: 'You receive this because this address was used for a 3iPET account.',
};

const CHINESE: AccountCatalog = {
  templates: {
    'password-reset': (m, web, until) => ({
      subject: '3iPET：重置您的密码',
      paragraphs: [
        `${m.displayName}，您好：`,
        `有人（希望是您本人）申请重置您的 3iPET 账户密码。此链接仅可使用一次，有效期至 ${until}。设置新密码后，您在所有设备上的登录都将退出。`,
        '如果不是您本人操作，请忽略此邮件，您的密码不会改变。',
      ],
      action: { label: '设置新密码', url: web.resetPassword(m.token) },
    }),
    'email-verification': (m, web, until) => ({
      subject: '3iPET：请确认您的电子邮箱',
      paragraphs: [
        `${m.displayName}，您好：`,
        `请确认此邮箱属于您，以完成注册。此链接仅可使用一次，有效期至 ${until}。`,
      ],
      action: { label: '确认邮箱', url: web.confirmEmail(m.token) },
    }),
    'email-change': (m, web, until) => ({
      subject: '3iPET：请确认您的新邮箱',
      paragraphs: [
        `${m.displayName}，您好：`,
        `您申请今后使用此邮箱登录 3iPET。此链接仅可使用一次，有效期至 ${until}；在此之前仍使用原邮箱。`,
      ],
      action: { label: '确认新邮箱', url: web.confirmEmail(m.token) },
    }),
    invitation: (m, web, until) => ({
      subject: `3iPET：${m.displayName} 邀请您加入${m.organizationName ?? ''}`,
      paragraphs: [
        `${m.displayName} 邀请您在 3iPET 上加入${m.organizationName ?? ''}。3iPET 为大气污染治理技术与有需求的地区牵线搭桥。`,
        `邀请有效期至 ${until}。`,
      ],
      action: { label: '接受邀请', url: web.invitation(m.token) },
    }),
    'email-changed': (m, web) => ({
      subject: '3iPET：您的登录邮箱已更改',
      paragraphs: [
        `${m.displayName}，您好：`,
        `您的 3iPET 账户现在使用 ${masked(m.newEmail)} 登录，不再使用此邮箱。`,
        '如果这不是您本人的操作，请立即重置密码并联系 3iPET 团队。',
      ],
      action: { label: '重置密码', url: web.forgotPassword() },
    }),
    'review-notice': (m, web) => {
      const title = m.notice?.technologyTitle ?? '';
      const lines = {
        'review.assigned': [
          `3iPET：待评审的技术：${title}`,
          `管理员请您评审技术“${title}”。其声明与证据见您的评审工作台。`,
        ],
        'review.submitted': [
          `3iPET：已提交评审：${title}`,
          `一位专家已提交对“${title}”的评审，等待管理员发布评审结论。`,
        ],
        'review.verdict-expired': [
          `3iPET：评审结论已过期：${title}`,
          `对“${title}”的专家评审结论已过期，其声明重新视为自述。请重新指派评审。`,
        ],
      }[m.notice?.kind ?? 'review.assigned'];
      return {
        subject: lines[0],
        paragraphs: [`${m.displayName}，您好：`, lines[1]],
        action: { label: '打开', url: web.page(m.notice?.path) },
      };
    },
  },
  footer: '您收到此邮件，是因为此邮箱被用于 3iPET 账户。',
};

const CATALOGS: Record<EmailLocale, AccountCatalog> = { en: ENGLISH, zh: CHINESE };

export function renderAccountEmail(
  mail: PreparedAccountMail,
  locale: EmailLocale,
  publicUrl: string,
): RenderedEmail {
  const catalog = CATALOGS[locale];
  const until = mail.expiresAt
    ? `${new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'UTC',
      }).format(mail.expiresAt)} UTC`
    : '';
  const message = catalog.templates[mail.kind](mail, new WebLinks(publicUrl), until);
  return {
    subject: message.subject,
    text: asText(message, catalog.footer),
    html: asHtml(message, catalog.footer, locale),
  };
}
