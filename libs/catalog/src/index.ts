export { CatalogModule } from './catalog.module';
export { TAXONOMY, TAXONOMY_IDS, categoryById, parentSectorOf, type Taxonomy } from '@3ipet/common';
export {
  Technology,
  type OutletGuarantee,
  type ReferenceProject,
  type RemovalEfficiency,
  type Translation,
} from './technology/technology.entity';
export {
  CLAIM_KINDS,
  CLAIM_VERIFICATIONS,
  ISSUER_KINDS,
  TechnologyClaim,
  isVerified,
  type ClaimKind,
  type ClaimVerification,
  type IssuerKind,
} from './claims/technology-claim.entity';
export {
  ClaimVerificationService,
  type ClaimMark,
  type VerdictInput,
} from './claims/claim-verification.service';
export { TECHNOLOGY_STATUSES, type TechnologyStatus } from './technology/technology-status';
export {
  LIFECYCLE_RULES,
  planTransition,
  type ActorKind,
  type LifecycleAction,
} from './lifecycle/technology-state-machine';
export { CONFIRMATION_VALID_MONTHS } from './lifecycle/publication-dates';
export { TechnologyInput } from './dto/technology-input.dto';
export { TechnologyView } from './dto/technology.view';
export { TechnologyQueriesService, type PublishedListingChange } from './queries/technology-queries.service';
export { TechnologyIndexer, type RebuildProgress } from './search/technology-indexer';
export { IndexTechnologyJob, ReindexTechnologiesJob } from './search/index-technology.job';
export { TechnologyIndexStartup } from './search/technology-index.startup';
export {
  TECHNOLOGY_FACETS,
  TECHNOLOGY_INDEX,
  TECHNOLOGY_INDEX_SETTINGS,
  TECHNOLOGY_SYNONYM_GROUPS,
} from './search/technology-index';
export { toTechnologyDocument, type TechnologyDocument } from './search/technology-document';
export { TechnologyImportService, type ImportProgress } from './csv/technology-import.service';
export { ImportReport, ImportRowError } from './csv/import-report';
export {
  ExpireListingsJob,
  LISTING_EXPIRED_JOB_TYPE,
  type ListingExpiredPayload,
} from './expiry/expire-listings.job';
export { ListingExpiryService } from './expiry/listing-expiry.service';
export { CatalogSeeder, type SeedSummary } from './seed/catalog-seeder';
export { SEED_LOGINS, SEED_AGENCIES, SEED_VENDORS } from './seed/seed-organizations';
export { SEED_TECHNOLOGIES } from './seed/seed-catalog';
export { SEED_EVIDENCE, type SeedEvidence } from './seed/seed-evidence';
export { seededRandom, syntheticCsv, syntheticListing, syntheticListings } from './seed/synthetic';
export { VendorDirectory, type VendorSummary } from './vendors/vendor-directory';
// Used by libs/needs and libs/events (saved technology searches, budget ranges). Text and taxonomy rules: @3ipet/common.
export { countryName } from '@3ipet/common';
export { KeysWithin, NotBelow, UniqueBy } from './dto/taxonomy.decorators';
export { MAX_OUTLET_MG_PER_NM3 } from './dto/technology-parts.dto';
export { TechnologySearchQuery } from './dto/technology-search.query';
export {
  technologySearchFilters,
  type TechnologySearchFilterFields,
} from './search/technology-search.service';
export { DEMO_SEED_EXTENSIONS, type DemoSeedExtension } from './seed/demo-seed-extensions';
