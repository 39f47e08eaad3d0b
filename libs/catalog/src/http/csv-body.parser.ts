import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { Problem } from '@3ipet/common';

const IMPORT_PATH = /^\/api\/v1\/technologies\/import(\?|$)/;

/**
 * Lets `text/csv` bodies reach the import route as a stream, unbuffered, so a 50k-row file never sits
 * in memory whole (the import enforces its own size limit while reading). Other routes refuse CSV with 415.
 */
@Injectable()
export class CsvBodyParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser('text/csv')) return;
    fastify.addContentTypeParser('text/csv', (request, payload, done) => {
      if (IMPORT_PATH.test(request.url)) {
        done(null, payload);
        return;
      }
      done(
        new Problem(
          415,
          'unsupported-media-type',
          'Unsupported media type',
          'Only the import accepts text/csv.',
        ),
        undefined,
      );
    });
  }
}
