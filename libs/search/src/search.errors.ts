/** Base of every error a search engine adapter throws. */
export class SearchError extends Error {
  constructor(
    message: string,
    /** Machine-readable reason, e.g. the engine's error code. */
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The engine cannot be reached, answered with a server error, or timed out. Worth a retry later. */
export class SearchUnavailableError extends SearchError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'search_unavailable', options);
  }
}

export class SearchIndexNotFoundError extends SearchError {
  constructor(
    readonly index: string,
    options?: ErrorOptions,
  ) {
    super(`Search index "${index}" does not exist`, 'index_not_found', options);
  }
}

/** The query names a field that cannot be used that way, or breaks a rule of the query shape. */
export class SearchInvalidQueryError extends SearchError {
  constructor(
    message: string,
    /** The offending part of the query, e.g. `filters[1].field` or `limit`. */
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    super(message, 'invalid_query', options);
  }
}

export class SearchInvalidSettingsError extends SearchError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, 'invalid_settings', options);
  }
}

/** The engine refused a write (bad document id, missing primary key, failed task). */
export class SearchWriteRejectedError extends SearchError {
  constructor(message: string, code: string, options?: ErrorOptions) {
    super(message, code, options);
  }
}
