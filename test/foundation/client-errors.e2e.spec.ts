import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { TestApp, bootTestApp } from '../support/app';

/** What Node's HTTP parser refuses before any route runs still answers problem+json. */
describe('requests the HTTP parser refuses', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await bootTestApp('pglite');
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  /** Sends raw bytes and reads until the server closes the connection. */
  const exchange = (raw: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => resolve(answer));
      socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
      socket.write(raw);
    });

  const parse = (answer: string) => {
    const [head, body] = answer.split('\r\n\r\n');
    return { statusLine: head.split('\r\n')[0], head: head.toLowerCase(), body: JSON.parse(body) };
  };

  it('answers headers over the limit with 431 problem+json', async () => {
    const answer = await exchange(
      `GET /api/v1/taxonomy HTTP/1.1\r\nHost: localhost\r\nX-Huge: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
    );
    const { statusLine, head, body } = parse(answer);
    expect(statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(head).toContain('content-type: application/problem+json');
    expect(body).toEqual({
      type: 'https://3ipet.org/problems/request-header-fields-too-large',
      title: 'Request header fields too large',
      status: 431,
      detail: expect.stringMatching(/headers/),
    });
  });

  it('answers a request that is not HTTP with 400 problem+json', async () => {
    const { statusLine, head, body } = parse(await exchange('NOT HTTP AT ALL\r\n\r\n'));
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(head).toContain('content-type: application/problem+json');
    expect(body).toMatchObject({ status: 400, title: 'Bad request' });
  });
});
