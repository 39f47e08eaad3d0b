import { ApiError, isProblemDetails } from './problem';
import type { SessionView, UserView } from './types';

export type QueryValue = string | number | boolean | undefined | null | readonly string[];
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. an `Idempotency-Key`. */
  headers?: Record<string, string>;
}

export type SessionState =
  { status: 'unknown' } | { status: 'anonymous' } | { status: 'signed-in'; user: UserView };

type Listener = (state: SessionState) => void;

/** How long before its stated expiry an access token is treated as expired (clock skew, request time). */
const EXPIRY_MARGIN_MS = 10_000;
const REFRESH_LOCK = '3ipet-session-refresh';

/**
 * Remembers (not secretly: it holds no token) that this browser signed in, so a visitor who never did is not
 * sent to /auth/refresh on every page load just to be told 401.
 */
export interface SessionHint {
  present(): boolean;
  set(present: boolean): void;
}

export const localStorageHint = (key = '3ipet.signed-in'): SessionHint => ({
  present: () => {
    try {
      return localStorage.getItem(key) === '1';
    } catch {
      return true; // storage blocked: ask the server
    }
  },
  set: (present) => {
    try {
      if (present) localStorage.setItem(key, '1');
      else localStorage.removeItem(key);
    } catch {
      // storage blocked: nothing to remember
    }
  },
});

/**
 * Talks to the API. The access token lives in this object only (never in storage); the refresh token is an
 * httpOnly cookie the browser sends to /api/v1/auth. A 401 on a request made with a token triggers one silent
 * refresh and one retry.
 */
export class ApiClient {
  private accessToken: string | null = null;
  private accessTokenExpiresAt = 0;
  private state: SessionState = { status: 'unknown' };
  private readonly listeners = new Set<Listener>();
  private pendingRefresh: Promise<boolean> | null = null;

  constructor(
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
    private readonly baseUrl = '',
    private readonly now: () => number = Date.now,
    private readonly hint: SessionHint = localStorageHint(),
  ) {}

  get session(): SessionState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, body: unknown = {}, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  delete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  /**
   * Sends a file as multipart/form-data (XMLHttpRequest: fetch reports no upload progress), with the same token
   * handling as `request`: one silent refresh and one retry on a 401.
   */
  async upload<T>(
    path: string,
    field: string,
    file: File,
    onProgress: (fraction: number) => void,
  ): Promise<T> {
    if (this.accessToken && this.now() >= this.accessTokenExpiresAt) await this.refresh();
    const sentToken = this.accessToken;
    let response = await sendForm(`${this.baseUrl}${path}`, field, file, sentToken, onProgress);
    if (response.status === 401 && sentToken && (await this.refresh())) {
      response = await sendForm(`${this.baseUrl}${path}`, field, file, this.accessToken, onProgress);
    }
    return readBody<T>(response);
  }

  /**
   * The current access token, renewed first if it has expired: only for a link the browser cannot send headers
   * with (the queue dashboard takes it once and keeps it in its own cookie).
   */
  async tokenForLink(): Promise<string | null> {
    if (this.accessToken && this.now() >= this.accessTokenExpiresAt) await this.refresh();
    return this.accessToken;
  }

  /** A binary answer (a file the caller may read only signed in, e.g. a draft's image) as a Blob. */
  async blob(path: string): Promise<Blob> {
    if (this.accessToken && this.now() >= this.accessTokenExpiresAt) await this.refresh();
    const response = await this.send('GET', path, {}, this.accessToken);
    if (!response.ok) return readBody<never>(response);
    return response.blob();
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    // At page load the last visit's session may still be coming back: wait for it, or a signed-in caller's
    // own draft (seen only with a token) would answer 404.
    if (this.state.status === 'unknown' && this.pendingRefresh) await this.pendingRefresh;
    if (this.accessToken && this.now() >= this.accessTokenExpiresAt) await this.refresh();
    const sentToken = this.accessToken;
    let response = await this.send(method, path, options, sentToken);
    if (response.status === 401 && sentToken) {
      // Another request may have refreshed already while this one was in flight.
      const renewed = (this.accessToken !== null && this.accessToken !== sentToken) || (await this.refresh());
      if (renewed) response = await this.send(method, path, options, this.accessToken);
    }
    return readBody<T>(response);
  }

  /** At page load: brings back the last visit's session through the refresh cookie, if this browser had one. */
  resume(): Promise<boolean> {
    if (this.hint.present()) return this.refresh();
    this.setState({ status: 'anonymous' });
    return Promise.resolve(false);
  }

  /** Starts a session from a login, registration or invitation answer. */
  signedIn(session: SessionView): UserView {
    this.hint.set(true);
    this.accessToken = session.accessToken;
    this.accessTokenExpiresAt = this.now() + session.expiresIn * 1000 - EXPIRY_MARGIN_MS;
    this.setState({ status: 'signed-in', user: session.user });
    return session.user;
  }

  /**
   * Trades the refresh cookie for a new access token; concurrent callers share one call. Refresh tokens are single
   * use (a reused one ends the session), so tabs take turns through a Web Lock where the browser has them.
   */
  refresh(): Promise<boolean> {
    this.pendingRefresh ??= withLock(REFRESH_LOCK, () => this.refreshNow()).finally(() => {
      this.pendingRefresh = null;
    });
    return this.pendingRefresh;
  }

  async signOut(): Promise<void> {
    try {
      await this.fetchImpl(`${this.baseUrl}/api/v1/auth/logout`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    } finally {
      this.forget();
    }
  }

  private async refreshNow(): Promise<boolean> {
    try {
      const response = await this.fetchImpl(`${this.baseUrl}/api/v1/auth/refresh`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: '{}',
      });
      if (!response.ok) {
        this.forget();
        return false;
      }
      this.signedIn((await response.json()) as SessionView);
      return true;
    } catch {
      // Offline or the server is down: keep what we had; the next request tries again.
      if (this.state.status === 'unknown') this.setState({ status: 'anonymous' });
      return false;
    }
  }

  private forget(): void {
    this.hint.set(false);
    this.accessToken = null;
    this.accessTokenExpiresAt = 0;
    this.setState({ status: 'anonymous' });
  }

  private setState(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  private send(
    method: string,
    path: string,
    options: RequestOptions,
    token: string | null,
  ): Promise<Response> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      ...options.headers,
    };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    return this.fetchImpl(`${this.baseUrl}${path}${queryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  }
}

function sendForm(
  url: string,
  field: string,
  file: File,
  token: string | null,
  onProgress: (fraction: number) => void,
): Promise<Response> {
  const form = new FormData();
  form.append(field, file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () =>
      resolve(
        new Response(xhr.status === 204 ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' },
        }),
      );
    xhr.onerror = () => reject(new TypeError('The upload failed: the server could not be reached.'));
    xhr.send(form);
  });
}

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const contentType = response.headers.get('content-type') ?? '';
  const body: unknown = contentType.includes('json')
    ? await response.json().catch(() => undefined)
    : await response.text();
  if (!response.ok) {
    throw new ApiError(
      isProblemDetails(body)
        ? body
        : { title: response.statusText || 'Request failed', status: response.status },
    );
  }
  return body as T;
}

/** `?a=1&list=x,y` with empty values left out; lists are comma-separated as the API reads them. */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0)
        parts.push(`${encodeURIComponent(key)}=${value.map(encodeURIComponent).join(',')}`);
    } else {
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(name, work) : work();
}
