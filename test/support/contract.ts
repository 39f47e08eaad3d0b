import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../../apps/api/src/bootstrap';

/**
 * Checks each answer of the e2e suites against the served OpenAPI document: the status must be documented for the
 * operation, the content type must be one the document names, and a JSON body must match the documented schema.
 * Requests that reach no documented operation (the web UI's pages, the queue dashboard, unknown routes, a wrong
 * method answered 405) are not API operations and are not checked.
 */
export interface ContractAnswer {
  method: string;
  url: string;
  status: number;
  contentType: string | undefined;
  text: string;
  body: unknown;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literalSegments: number;
  pointer: string;
  responses: Record<string, ResponseObject>;
}

interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
}

const DOCUMENT_ID = 'openapi.json';

export class ContractValidator {
  private readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenAPIObject) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema(toJsonSchema(document) as object, DOCUMENT_ID);
    this.operations = Object.entries(document.paths)
      .flatMap(([template, item]) =>
        Object.entries(item as Record<string, { responses?: Record<string, ResponseObject> }>)
          .filter(([, operation]) => operation && typeof operation === 'object' && operation.responses)
          .map(([method, operation]) => ({
            method: method.toUpperCase(),
            template,
            pattern: new RegExp(
              `^${template.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
            ),
            literalSegments: template.split('/').filter((segment) => !segment.startsWith('{')).length,
            pointer: `#/paths/${escapePointer(template)}/${method}`,
            responses: operation.responses!,
          })),
      )
      // `/technologies/search` before `/technologies/{id}`: the most literal template wins.
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** A message naming what is wrong, or null when the answer keeps the contract (or is no API operation). */
  check(answer: ContractAnswer): string | null {
    const path = answer.url.split('?')[0];
    const operation = this.operations.find((op) => op.method === answer.method && op.pattern.test(path));
    if (!operation) return null;
    const where = `${answer.method} ${path} (${operation.template}) answered ${answer.status}`;
    const statusKey = [String(answer.status), `${String(answer.status)[0]}XX`, 'default'].find(
      (key) => operation.responses[key],
    );
    if (!statusKey) {
      return `${where}, a status the OpenAPI document does not list (it lists ${Object.keys(operation.responses).join(', ')}); body: ${answer.text.slice(0, 300)}`;
    }
    const content = operation.responses[statusKey].content;
    if (!answer.text) return null;
    if (!content)
      return `${where} with a body, but the document lists no content for it: ${answer.text.slice(0, 300)}`;
    const mediaType = (answer.contentType ?? '').split(';')[0].trim().toLowerCase();
    const documented = Object.keys(content).find((type) => type.toLowerCase() === mediaType);
    if (!documented) {
      return `${where} as ${mediaType || 'no content type'}, but the document lists ${Object.keys(content).join(', ')}`;
    }
    if (!/[/+]json$/.test(mediaType) || content[documented].schema === undefined) return null;
    const validate = this.validatorFor(
      `${operation.pointer}/responses/${statusKey}/content/${escapePointer(documented)}/schema`,
    );
    if (validate(answer.body)) return null;
    const errors = (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || '(body)'} ${error.message} (${error.schemaPath})`)
      .join('; ');
    return `${where}: the body does not match the documented ${documented} schema: ${errors}; body: ${answer.text.slice(0, 500)}`;
  }

  private validatorFor(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** OpenAPI 3.0 schema objects as JSON Schema: `nullable: true` becomes "or null"; `$ref`s point into the document. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'example' || key === 'examples') converted[key] = value;
    else if (key === '$ref' && typeof value === 'string') converted[key] = `${DOCUMENT_ID}${value}`;
    else converted[key] = toJsonSchema(value);
  }
  if (nullable !== true) return converted;
  const { description, ...schema } = converted;
  return { ...(description === undefined ? {} : { description }), anyOf: [{ type: 'null' }, schema] };
}

let cached: ContractValidator | undefined;

/** One validator per test file (jest gives each file its own module registry), built from the first app booted. */
export function contractValidatorOf(app: INestApplication): ContractValidator {
  cached ??= new ContractValidator(buildOpenApiDocument(app));
  return cached;
}
