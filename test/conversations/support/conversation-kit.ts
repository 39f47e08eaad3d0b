import type { TestApp } from '../../support/app';
import type { TestAdmin, TestMember } from '../../support/factories';

type Caller = TestMember | TestAdmin | null;

/** The conversation routes of a match, called as someone. */
export class ConversationKit {
  constructor(private readonly app: TestApp) {}

  list(caller: Caller, matchId: string, query = '') {
    return this.app.request({
      method: 'GET',
      url: `/api/v1/matches/${matchId}/messages${query}`,
      token: caller?.token,
    });
  }

  post(caller: Caller, matchId: string, text: unknown, idempotencyKey?: string) {
    return this.app.request({
      method: 'POST',
      url: `/api/v1/matches/${matchId}/messages`,
      token: caller?.token,
      body: { text },
      headers: idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
    });
  }

  edit(caller: Caller, matchId: string, messageId: string, text: unknown) {
    return this.app.request({
      method: 'PATCH',
      url: `/api/v1/matches/${matchId}/messages/${messageId}`,
      token: caller?.token,
      body: { text },
    });
  }

  read(caller: Caller, matchId: string) {
    return this.app.request({
      method: 'POST',
      url: `/api/v1/matches/${matchId}/messages/read`,
      token: caller?.token,
    });
  }

  unread(caller: Caller) {
    return this.app.request({ method: 'GET', url: '/api/v1/me/unread', token: caller?.token });
  }
}
