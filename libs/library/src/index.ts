export { LibraryModule } from './library.module';
export { LibraryResource, LibraryResourceFile } from './resource/library-resource.entity';
export { RESOURCE_KINDS, LIBRARY_AUTHOR_ROLES, type ResourceKind } from './resource/resource-kinds';
export {
  LIBRARY_INDEX,
  LIBRARY_INDEX_SETTINGS,
  LIBRARY_FACETS,
  LIBRARY_SYNONYM_GROUPS,
} from './search/library-index';
export { LibraryIndexer } from './search/library-indexer';
export { renderMarkdown, markdownToText, safeHref } from './markdown/safe-markdown';
export { seedLibrary, type LibrarySeedResult } from './seed/library.seed';
export { LibraryQueriesService } from './use-cases/library-queries.service';
export { type ResourcePreview } from './use-cases/resource-views';
