/** What a listing shows about the vendor organisation that owns it. */
export interface VendorSummary {
  id: string;
  name: string;
  country: string;
  city: string;
  verified: boolean;
}

/** Reads vendor profiles in bulk (search documents of a whole batch name their vendors at once). */
export abstract class VendorDirectory {
  abstract findByIds(ids: readonly string[]): Promise<Map<string, VendorSummary>>;
}
