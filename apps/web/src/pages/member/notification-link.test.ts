import { describe, expect, it } from 'vitest';
import type { NotificationView } from '../../api/types';
import { notificationLink } from './InboxPage';

const notification = (kind: string, payload: Record<string, unknown>) =>
  ({
    id: 'n1',
    kind,
    payload,
    readAt: null,
    createdAt: '2026-12-01T00:00:00Z',
  }) as unknown as NotificationView;

describe('an inbox item', () => {
  it('opens the exact item it is about', () => {
    expect(
      notificationLink(notification('match.introduced', { matchId: 'm1', needId: 'n9' }), 'agency'),
    ).toBe('/matches/m1');
    expect(
      notificationLink(notification('project.stalled', { projectId: 'p1', matchId: 'm1' }), 'vendor'),
    ).toBe('/projects/p1');
    expect(notificationLink(notification('listing.published', { technologyId: 't1' }), 'vendor')).toBe(
      '/vendor/listings/t1',
    );
    expect(
      notificationLink(
        notification('organization.verification', { organizationId: 'o1', decision: 'rejected' }),
        'agency',
      ),
    ).toBe('/organization');
    expect(notificationLink(notification('saved-search.hit', { technologyId: 't2' }), 'agency')).toBe(
      '/technologies/t2',
    );
  });
});
