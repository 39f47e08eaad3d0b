import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { withHead } from './page-head';
import type { PageHeads } from './page-heads';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Answers a browser's or crawler's request for a page of the web UI: the built index.html (as it was at boot)
 * with the page's own head in it, 200 for pages that exist and 404 (noindex) for any other path or record.
 * The page differs by its head, so it is compressed as it is sent (brotli, else gzip), not from a copy on disk.
 */
export function webPageAnswerer(
  webRoot: string,
  heads: PageHeads,
): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const template = readFileSync(join(webRoot, 'index.html'), 'utf8');
  return async (request, reply) => {
    const { status, head, negotiated } = await heads.answer(request.url, request.headers['accept-language']);
    const html = Buffer.from(withHead(template, head));
    const encoding = encodingFor(request.headers['accept-encoding']);
    reply
      .code(status)
      .header('vary', negotiated ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding')
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8');
    if (encoding === 'br') {
      // A middle quality: a page is a few KB and made per request, so speed matters more than the last bytes.
      const body = await brotli(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      await reply.header('content-encoding', 'br').send(body);
    } else if (encoding === 'gzip') {
      await reply.header('content-encoding', 'gzip').send(await gzipped(html));
    } else {
      await reply.send(html);
    }
  };
}

/** The best encoding the browser accepts (a `q=0` refuses one). */
function encodingFor(acceptEncoding: string | string[] | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Map(
    String(acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]): [string, number] => {
        const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
        return [name.toLowerCase(), q === undefined ? 1 : Number(q)];
      }),
  );
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return undefined;
}
