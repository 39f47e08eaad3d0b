import type { OpenAPIObject } from '@nestjs/swagger';
import { ContractAnswer, ContractValidator } from '../support/contract';

/** The checker every e2e answer goes through really refuses what breaks the document. */
describe('the OpenAPI contract checker of the e2e suites', () => {
  const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
  const document = {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/api/v1/things/{id}': {
        get: {
          responses: {
            '200': {
              description: '',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            '404': { description: '', content: problem },
          },
        },
      },
      '/api/v1/things/search': {
        get: {
          responses: { '200': { description: '', content: { 'text/csv': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['id', 'budget'],
          properties: { id: { type: 'string', format: 'uuid' }, budget: { type: 'integer', nullable: true } },
        },
        Problem: { type: 'object', required: ['status'], properties: { status: { type: 'integer' } } },
      },
    },
  } as unknown as OpenAPIObject;
  const checker = new ContractValidator(document);
  const id = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const answer = (overrides: Partial<ContractAnswer>): ContractAnswer => {
    const body = overrides.body ?? { id, budget: null };
    return {
      method: 'GET',
      url: `/api/v1/things/${id}?x=1`,
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body,
      text: JSON.stringify(body),
      ...overrides,
    };
  };

  it('accepts an answer as documented, nullable fields included', () => {
    expect(checker.check(answer({}))).toBeNull();
    expect(checker.check(answer({ body: { id, budget: 5 } }))).toBeNull();
  });

  it('refuses a body that does not match, naming method, path, status and the schema error', () => {
    const message = checker.check(answer({ body: { id: 'nope', budget: '5' } }));
    expect(message).toMatch(/^GET \/api\/v1\/things\/\S+ \(\/api\/v1\/things\/\{id\}\) answered 200/);
    expect(message).toMatch(/\/id must match format "uuid"/);
    expect(message).toMatch(/\/budget must be integer/);
  });

  it('refuses an undocumented status and an undocumented content type', () => {
    expect(checker.check(answer({ status: 403 }))).toMatch(
      /answered 403, a status the OpenAPI document does not list/,
    );
    expect(checker.check(answer({ status: 404, contentType: 'application/json' }))).toMatch(
      /as application\/json, but the document lists application\/problem\+json/,
    );
    expect(
      checker.check(answer({ status: 404, contentType: 'application/problem+json', body: { status: 404 } })),
    ).toBeNull();
  });

  it('prefers the literal path and leaves what is no API operation alone', () => {
    expect(
      checker.check(
        answer({ url: '/api/v1/things/search', contentType: 'text/csv', text: 'a,b', body: 'a,b' }),
      ),
    ).toBeNull();
    expect(checker.check(answer({ url: '/admin/queues', status: 200, contentType: 'text/html' }))).toBeNull();
    expect(checker.check(answer({ method: 'DELETE', status: 405 }))).toBeNull();
  });
});
