import type { en } from './en';
import { zhSite } from './zh-site';
import { zhWorkspace } from './zh-workspace';

/** 简体中文 UI strings; the type keeps the keys identical to en.ts. */
export const zh: typeof en = { ...zhSite, ...zhWorkspace };
