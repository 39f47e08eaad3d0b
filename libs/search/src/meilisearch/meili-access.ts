import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';

/** The app cannot start against a Meilisearch server that answers but refuses its key. */
export class MeilisearchKeyRejectedError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Asks for the server's version, which needs a valid key. A refused key throws a message that says what
 * to fix; a server that cannot be reached passes, as it may come up later (readiness reports it meanwhile).
 */
export async function assertApiKeyAccepted(client: Meilisearch, url: string): Promise<void> {
  try {
    await client.getVersion();
  } catch (error) {
    if (error instanceof MeilisearchRequestError) return;
    if (!(error instanceof MeilisearchApiError)) throw error;
    const code = error.cause?.code;
    if (code === 'missing_authorization_header') {
      throw new MeilisearchKeyRejectedError(
        `Meilisearch at ${url} requires an API key and none was sent: set MEILI_MASTER_KEY to the server's master key`,
        { cause: error },
      );
    }
    if (code === 'invalid_api_key') {
      throw new MeilisearchKeyRejectedError(
        `Meilisearch at ${url} refused MEILI_MASTER_KEY (invalid_api_key): set it to the server's master key`,
        { cause: error },
      );
    }
    throw error;
  }
}
