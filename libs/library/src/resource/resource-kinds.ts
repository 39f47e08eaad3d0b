import type { Role } from '@3ipet/identity';

export const RESOURCE_KINDS = [
  'case-study',
  'policy-brief',
  'guidance',
  'workshop-material',
  'recording',
  'dataset',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_STATUSES = ['draft', 'published'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/**
 * Who writes the library. Every authoring route and the draft visibility read this list, so letting
 * another role author (experts) is one entry here.
 */
export const LIBRARY_AUTHOR_ROLES: Role[] = ['admin'];

export const isLibraryAuthor = (role: string | undefined): boolean =>
  role !== undefined && (LIBRARY_AUTHOR_ROLES as string[]).includes(role);
