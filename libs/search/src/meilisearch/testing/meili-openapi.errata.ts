/**
 * Where Meilisearch's published OpenAPI document (generated from its Rust types) says something other than
 * what the v1.15 server reads and writes on the wire. Each correction is narrow and names its reason; the
 * rest of the document is taken as written. Applied to a copy of the document before it is compiled.
 */
type Json = Record<string, unknown>;

/** The server answers 202 Accepted to every request that enqueues a task; the document labels some 200. */
export const ENQUEUED_TASK_SCHEMA = '#/components/schemas/SummarizedTaskView';

/**
 * Query parameters the document marks required although the server defaults them: `csvDelimiter` only
 * matters for CSV payloads (it has a default of `,`).
 */
export const DEFAULTED_QUERY_PARAMETERS = new Set(['csvDelimiter']);

export function applyWireErrata(document: Json): Json {
  const patched = structuredClone(document);
  const schemas = (patched.components as Json).schemas as Record<string, Json>;
  // Deleting documents by id is routed under `/documents`, as Meilisearch's own API reference says.
  const paths = patched.paths as Record<string, unknown>;
  paths['/indexes/{indexUid}/documents/delete-batch'] = paths['/indexes/{indexUid}/delete-batch'];
  delete paths['/indexes/{indexUid}/delete-batch'];
  // `AttributePatterns` is a transparent newtype over a list of strings: `"attributePatterns": ["title"]`.
  schemas.AttributePatterns = {
    type: 'array',
    items: { type: 'string' },
    description: 'Attribute names or patterns such as `title` or `translations.*`.',
  };
  // The search body is read with camelCase names (`hitsPerPage`, `showRankingScore`), every field defaulted.
  schemas.SearchQuery = camelCaseOptionalFields(schemas.SearchQuery);
  return patched;
}

function camelCaseOptionalFields(schema: Json): Json {
  const properties = schema.properties as Record<string, unknown>;
  const renamed = Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [
      name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
      value,
    ]),
  );
  const { required: _required, ...rest } = schema;
  return { ...rest, properties: renamed };
}

/**
 * Meilisearch rejects unknown fields in every JSON body it reads (`bad_request`, "Unknown field"), which the
 * document does not say: request schemas with named properties get `additionalProperties: false`.
 */
export function denyUnknownFields(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(denyUnknownFields);
  if (!node || typeof node !== 'object') return node;
  const converted: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    converted[key] =
      key === 'properties' && value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Json).map(([name, v]) => [name, denyUnknownFields(v)]))
        : denyUnknownFields(value);
  }
  const isObjectSchema =
    typeof converted.properties === 'object' && converted.properties !== null && !('allOf' in converted);
  if (isObjectSchema && !('additionalProperties' in converted)) converted.additionalProperties = false;
  return converted;
}
