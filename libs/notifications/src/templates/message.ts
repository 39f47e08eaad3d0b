/** What one notification says in one language, before it becomes text and HTML. */
export interface Message {
  subject: string;
  /** Paragraphs, plain text. */
  paragraphs: string[];
  action: { label: string; url: string };
}

export type NotificationPayload = Record<string, unknown>;

/** Builds the message of one notification kind from its payload and the web UI's base URL. */
export type MessageTemplate = (payload: NotificationPayload, web: WebLinks) => Message;

export interface MessageCatalog {
  templates: Readonly<Record<string, MessageTemplate>>;
  /** For kinds without a template of their own (new kinds, or kinds added by other libs). */
  fallback: (kind: string, web: WebLinks) => Message;
  footer: string;
}

/** Links into the web UI (apps/web/src/app/router.tsx); test/web/email-links.spec.ts checks each resolves to a page. */
export class WebLinks {
  constructor(private readonly baseUrl: string) {}

  match(matchId: unknown): string {
    return this.to(`/matches/${encodeURIComponent(String(matchId ?? ''))}`);
  }
  project(projectId: unknown): string {
    return this.to(`/projects/${encodeURIComponent(String(projectId ?? ''))}`);
  }
  event(eventId: unknown): string {
    return this.to(`/events/${encodeURIComponent(String(eventId ?? ''))}`);
  }
  /** An open need as vendors see it. */
  need(needId: unknown): string {
    return this.to(`/needs/${encodeURIComponent(String(needId ?? ''))}`);
  }
  technology(technologyId: unknown): string {
    return this.to(`/technologies/${encodeURIComponent(String(technologyId ?? ''))}`);
  }
  /** The vendor's own editor: a listing sent back or expired is not on its public page. */
  listingEditor(technologyId: unknown): string {
    return this.to(`/vendor/listings/${encodeURIComponent(String(technologyId ?? ''))}`);
  }
  inbox(): string {
    return this.to('/inbox');
  }
  /** The organisation's own settings page: its verification status and the reason of a decision. */
  organizationSettings(): string {
    return this.to('/organization');
  }
  resetPassword(token: unknown): string {
    return this.to(`/reset-password?token=${encodeURIComponent(String(token ?? ''))}`);
  }
  confirmEmail(token: unknown): string {
    return this.to(`/confirm-email?token=${encodeURIComponent(String(token ?? ''))}`);
  }
  invitation(token: unknown): string {
    return this.to(`/invitation?token=${encodeURIComponent(String(token ?? ''))}`);
  }
  /** A path of the web UI (`/expert/reviews/…`); anything else opens the home page. */
  page(path: unknown): string {
    const value = String(path ?? '');
    return this.to(/^\/[A-Za-z0-9/_-]*$/.test(value) ? value : '/');
  }
  forgotPassword(): string {
    return this.to('/forgot-password');
  }
  private to(path: string): string {
    return `${this.baseUrl.replace(/\/+$/, '')}${path}`;
  }
}

/** A payload value as text, so a missing field reads as empty rather than "undefined". */
export const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
