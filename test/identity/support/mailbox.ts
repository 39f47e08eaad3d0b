import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from '../../support/app';

/** An .eml file's text with its base64 and quoted-printable parts decoded. */
export const bodiesOf = (eml: string): string =>
  eml
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) +
  [...eml.matchAll(/base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)]
    .map((m) => Buffer.from(m[1].replace(/\s/g, ''), 'base64').toString('utf8'))
    .join('\n');

/** The e-mails written (no SMTP_URL) to `address`, oldest first, decoded. */
export function mailsTo(app: TestApp, address: string): string[] {
  const directory = join(app.db.config.env.DATA_DIR, 'mail');
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .sort()
    .map((file) => readFileSync(join(directory, file), 'utf8'))
    .filter((eml) => new RegExp(`^To: ${address.replace(/[.+]/g, '\\$&')}$`, 'mi').test(eml))
    .map(bodiesOf);
}

/** The token of the last link to `path` (e.g. `/reset-password`) e-mailed to `address`. */
export async function tokenMailedTo(app: TestApp, address: string, path: string): Promise<string> {
  await app.settle();
  const mails = mailsTo(app, address);
  const escaped = path.replace(/[/-]/g, '\\$&');
  const tokens = mails.flatMap((mail) =>
    [...mail.matchAll(new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]),
  );
  if (tokens.length === 0) throw new Error(`no ${path} link was e-mailed to ${address}`);
  return tokens[tokens.length - 1];
}
