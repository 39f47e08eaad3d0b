/**
 * English UI strings, in two tables by use case. zh.ts must have the same keys (its type says so, and a unit
 * test checks the code uses no other).
 */
import { enSite } from './en-site';
import { enWorkspace } from './en-workspace';

export const en = { ...enSite, ...enWorkspace };
