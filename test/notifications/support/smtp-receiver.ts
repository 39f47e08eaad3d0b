import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  headers: Map<string, string>;
  raw: string;
}

/**
 * A real SMTP server (smtp-server) that keeps every message it accepts. `stop()` closes the listener so
 * senders meet ECONNREFUSED; `start()` listens again on the same port.
 */
export class SmtpReceiver {
  readonly messages: ReceivedMail[] = [];
  /** Connections that broke (a sender killed mid-session): not received, as for any real server. */
  connectionErrors = 0;
  private server?: SMTPServer;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 50,
      size: 1024 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.messages.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            headers: headersOf(raw),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject);
        // smtp-server reports a client's broken connection on the server; unhandled, it would crash the test.
        server.on('error', () => (this.connectionErrors += 1));
        resolve();
      });
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** `<delivery id>.<locale>` of every message, one entry per copy received. */
  keys(): string[] {
    return this.messages.map(
      (mail) => `${mail.headers.get('x-3ipet-delivery')}.${mail.headers.get('content-language')}`,
    );
  }
}

/** Top-level headers, unfolded and lower-cased; encoded words (=?UTF-8?B?…?=) decoded. */
export function headersOf(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return headers;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** The decoded text/plain part of a message (base64 or quoted-printable, as nodemailer chose). */
export function plainTextOf(raw: string): string {
  const part = raw.split(/\r?\n--/).find((chunk) => /content-type: text\/plain/i.test(chunk));
  if (!part) throw new Error('the message has no text/plain part');
  const [head, ...body] = part.split(/\r?\n\r?\n/);
  const encoded = body.join('\n\n');
  if (/content-transfer-encoding: base64/i.test(head))
    return Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding: quoted-printable/i.test(head)) {
    const bytes = encoded
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return encoded;
}
