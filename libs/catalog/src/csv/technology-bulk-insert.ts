import { EntityManager } from 'typeorm';
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
  'pollutants',
  'removal_efficiency',
  'sectors',
  'trl',
  'capital_cost_min_usd',
  'capital_cost_max_usd',
  'operating_cost_note',
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
  f.pollutants,
  JSON.stringify(f.removalEfficiency),
  f.sectors,
  f.trl,
  f.capitalCostMinUsd,
  f.capitalCostMaxUsd,
  f.operatingCostNote,
  f.deploymentCountries,
  JSON.stringify(f.referenceProjects),
  f.supplyCountries,
  f.certifications,
  f.dealTypes,
  f.supportLanguages,
];

/**
 * One multi-row INSERT of new drafts. Bulk imports bypass the ORM's per-entity work (RETURNING and
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
  await manager.query(
    `INSERT INTO technology (${COLUMNS.join(', ')}) VALUES ${placeholders.join(', ')}`,
    rows.flatMap((row) => rowValues(vendorId, row)),
  );
}
