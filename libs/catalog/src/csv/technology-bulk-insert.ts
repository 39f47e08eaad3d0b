import { EntityManager } from 'typeorm';
import { addClaimsOfNewListings } from '../claims/listing-claims';
import type { ListingFields } from '../lifecycle/listing-fields';

const COLUMNS = [
  'vendor_organization_id',
  'status',
  'version',
  'title',
  'summary',
  'description',
  'translations',
  'category',
  'categories',
  'pollutants',
  'removal_efficiency',
  'intents',
  'outlet_guarantees',
  'sectors',
  'trl',
  'capital_cost_min_usd',
  'capital_cost_max_usd',
  'cost_basis',
  'operating_cost_note',
  'prerequisites',
  'flow_min_nm3h',
  'flow_max_nm3h',
  'units_per_installation',
  'capacity_unit_kind',
  'deployment_countries',
  'reference_projects',
  'supply_countries',
  'certifications',
  'deal_types',
  'support_languages',
] as const;

const rowValues = (vendorId: string, f: ListingFields): unknown[] => [
  vendorId,
  'draft',
  1,
  f.title,
  f.summary,
  f.description,
  JSON.stringify(f.translations),
  f.category,
  f.categories,
  f.pollutants,
  JSON.stringify(f.removalEfficiency),
  JSON.stringify(f.intents),
  JSON.stringify(f.outletGuarantees),
  f.sectors,
  f.trl,
  f.capitalCostMinUsd,
  f.capitalCostMaxUsd,
  f.costBasis,
  f.operatingCostNote,
  f.prerequisites,
  f.flowMinNm3h,
  f.flowMaxNm3h,
  f.unitsPerInstallation,
  f.capacityUnitKind,
  f.deploymentCountries,
  JSON.stringify(f.referenceProjects),
  f.supplyCountries,
  f.certifications,
  f.dealTypes,
  f.supportLanguages,
];

/**
 * One multi-row INSERT of new drafts, and their removal-efficiency and certification claims. Bulk imports bypass the ORM's per-entity work (RETURNING and
 * re-hydrating every row), which costs more than the insert itself at 50k rows.
 */
export async function insertDrafts(
  manager: EntityManager,
  vendorId: string,
  rows: ListingFields[],
): Promise<void> {
  if (rows.length === 0) return;
  const placeholders = rows.map(
    (_, r) => `(${COLUMNS.map((_column, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`,
  );
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO technology (${COLUMNS.join(', ')}) VALUES ${placeholders.join(', ')} RETURNING id`,
    rows.flatMap((row) => rowValues(vendorId, row)),
  );
  await addClaimsOfNewListings(
    manager,
    inserted.map((row) => row.id),
  );
}
