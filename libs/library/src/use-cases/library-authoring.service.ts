import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type FieldError, NotFoundProblem, StaleVersionProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService, AuthContext } from '@3ipet/identity';
import type { ResourceInput, ResourcePatch } from '../dto/resource-input.dto';
import type { ResourceView } from '../dto/resource.view';
import { LibraryChangeOutbox } from '../resource/library-change-outbox';
import { LibraryResource, LibraryResourceFile } from '../resource/library-resource.entity';
import type { ResourceStatus } from '../resource/resource-kinds';
import { ResourceViews } from './resource-views';

type ResourceFields = Pick<
  LibraryResource,
  | 'kind'
  | 'title'
  | 'body'
  | 'translations'
  | 'authors'
  | 'issuedOn'
  | 'pollutants'
  | 'sectors'
  | 'countries'
  | 'categories'
  | 'links'
  | 'technologyIds'
  | 'needIds'
  | 'eventIds'
>;

/** Authors write resources as drafts, edit, publish and unpublish them; every change is audited and reindexed. */
@Injectable()
export class LibraryAuthoringService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly outbox: LibraryChangeOutbox,
    private readonly views: ResourceViews,
  ) {}

  async create(actor: AuthContext, input: ResourceInput): Promise<ResourceView> {
    const fields = fieldsOf(input);
    const saved = await this.transactions.run(async (manager) => {
      await assertReferences(manager, fields, input.fileIds);
      const resource = await manager.save(
        manager.create(LibraryResource, {
          ...fields,
          slug: await freeSlug(manager, input.title),
          status: 'draft' as const,
          version: 1,
          createdBy: actor.userId,
          publishedAt: null,
        }),
      );
      await setFiles(manager, resource.id, input.fileIds ?? []);
      await this.record(manager, actor, 'library.created', resource.id, null, { title: resource.title });
      return resource;
    });
    return this.views.full(saved);
  }

  async update(actor: AuthContext, id: string, patch: ResourcePatch): Promise<ResourceView> {
    const { version, fileIds, ...changes } = patch;
    const saved = await this.transactions.run(async (manager) => {
      const current = await lockResource(manager, id, version);
      const fields = { ...current, ...fieldsOf({ ...inputOf(current), ...definedOnly(changes) }) };
      await assertReferences(manager, fields, fileIds);
      const resource = await manager.save(LibraryResource, { ...fields, version: current.version + 1 });
      if (fileIds !== undefined) await setFiles(manager, id, fileIds);
      if (current.status === 'published') await this.outbox.add(manager, id);
      await this.record(manager, actor, 'library.updated', id, { version }, { version: resource.version });
      return resource;
    });
    return this.views.full(saved);
  }

  publish(actor: AuthContext, id: string, version: number): Promise<ResourceView> {
    return this.move(actor, id, version, 'published');
  }

  unpublish(actor: AuthContext, id: string, version: number): Promise<ResourceView> {
    return this.move(actor, id, version, 'draft');
  }

  remove(actor: AuthContext, id: string): Promise<void> {
    return this.transactions.run(async (manager) => {
      const current = await lockResource(manager, id);
      await manager.delete(LibraryResource, { id });
      if (current.status === 'published') await this.outbox.add(manager, id);
      await this.record(
        manager,
        actor,
        'library.deleted',
        id,
        { title: current.title, version: current.version },
        null,
      );
    });
  }

  private async move(
    actor: AuthContext,
    id: string,
    version: number,
    status: ResourceStatus,
  ): Promise<ResourceView> {
    const saved = await this.transactions.run(async (manager) => {
      const current = await lockResource(manager, id, version);
      if (current.status === status) return current;
      const resource = await manager.save(LibraryResource, {
        ...current,
        status,
        version: current.version + 1,
        publishedAt: status === 'published' ? (current.publishedAt ?? new Date()) : current.publishedAt,
      });
      await this.outbox.add(manager, id);
      await this.record(
        manager,
        actor,
        status === 'published' ? 'library.published' : 'library.unpublished',
        id,
        { status: current.status, version },
        { status, version: resource.version },
      );
      return resource;
    });
    return this.views.full(saved);
  }

  private record(
    manager: EntityManager,
    actor: AuthContext,
    action: string,
    targetId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      action,
      targetType: 'library-resource',
      targetId,
      before,
      after,
    });
  }
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

function fieldsOf(input: Omit<ResourceInput, 'fileIds'>): ResourceFields {
  const translations = (input.translations ?? []).map((t) => ({
    language: t.language,
    ...(t.title === undefined ? {} : { title: t.title.trim() }),
    ...(t.body === undefined ? {} : { body: t.body }),
  }));
  const languages = translations.map((t) => t.language);
  const errors: FieldError[] = [];
  if (new Set(languages).size !== languages.length)
    errors.push({
      field: 'translations',
      rule: 'uniqueLanguage',
      message: 'translations must name each language once',
    });
  if (languages.includes('en'))
    errors.push({
      field: 'translations',
      rule: 'notEnglish',
      message: 'the English text is the resource’s own title and body',
    });
  if (errors.length > 0) throw new ValidationProblem(errors);
  return {
    kind: input.kind,
    title: input.title.trim(),
    body: input.body,
    translations,
    authors: (input.authors ?? []).map((a) => a.trim()),
    issuedOn: input.date,
    pollutants: input.pollutants ?? [],
    sectors: input.sectors ?? [],
    countries: input.countries ?? [],
    categories: input.categories ?? [],
    links: (input.links ?? []).map((l) => ({ url: l.url, label: l.label.trim() })),
    technologyIds: input.technologyIds ?? [],
    needIds: input.needIds ?? [],
    eventIds: input.eventIds ?? [],
  };
}

function inputOf(resource: LibraryResource): Omit<ResourceInput, 'fileIds'> {
  return {
    kind: resource.kind,
    title: resource.title,
    body: resource.body,
    translations: resource.translations,
    authors: resource.authors,
    date: resource.issuedOn,
    pollutants: resource.pollutants,
    sectors: resource.sectors,
    countries: resource.countries,
    categories: resource.categories,
    links: resource.links,
    technologyIds: resource.technologyIds,
    needIds: resource.needIds,
    eventIds: resource.eventIds,
  };
}

const REFERENCES: [keyof ResourceFields & ('technologyIds' | 'needIds' | 'eventIds'), string][] = [
  ['technologyIds', 'technology'],
  ['needIds', 'need'],
  ['eventIds', 'event'],
];

/** Links and files must name rows that exist: 400 naming the field and rule `exists` otherwise. */
async function assertReferences(
  manager: EntityManager,
  fields: ResourceFields,
  fileIds: string[] | undefined,
) {
  const errors: FieldError[] = [];
  const missing = async (table: string, ids: string[]) => {
    if (ids.length === 0) return false;
    const [{ found }] = await manager.query(
      `SELECT count(*)::int AS found FROM ${table} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return found !== ids.length;
  };
  for (const [field, table] of REFERENCES) {
    if (await missing(table, fields[field]))
      errors.push({ field, rule: 'exists', message: `${field} names a ${table} that does not exist` });
  }
  if (fileIds && (await missing('stored_file', fileIds)))
    errors.push({ field: 'fileIds', rule: 'exists', message: 'fileIds names a file that does not exist' });
  if (errors.length > 0) throw new ValidationProblem(errors);
}

async function setFiles(manager: EntityManager, resourceId: string, fileIds: string[]): Promise<void> {
  await manager.delete(LibraryResourceFile, { resourceId });
  if (fileIds.length > 0)
    await manager.insert(
      LibraryResourceFile,
      fileIds.map((fileId, position) => ({ resourceId, fileId, position })),
    );
}

async function lockResource(manager: EntityManager, id: string, version?: number): Promise<LibraryResource> {
  const resource = await manager.findOne(LibraryResource, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!resource) throw new NotFoundProblem('Resource');
  if (version !== undefined && resource.version !== version) throw new StaleVersionProblem(resource.version);
  return resource;
}

/** A readable, unique address from the English title; a short random tail when the plain one is taken. */
export async function freeSlug(manager: EntityManager, title: string): Promise<string> {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'resource';
  // A slug never looks like a UUID, so `/library/{id}` (an id or a slug) can tell them apart.
  let slug = base;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (!(await manager.existsBy(LibraryResource, { slug }))) return slug;
    slug = `${base}-${randomBytes(3).toString('hex')}`;
  }
  return `${base}-${randomBytes(8).toString('hex')}`;
}
