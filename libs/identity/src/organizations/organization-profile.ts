import { ContactPersonDto, UpdateOrganizationDto } from './organization.dto';
import { Organization } from './organization.entity';

type ProfileColumns = Partial<
  Pick<
    Organization,
    | 'name'
    | 'country'
    | 'city'
    | 'website'
    | 'description'
    | 'sectors'
    | 'pollutants'
    | 'languages'
    | 'contactName'
    | 'contactEmail'
    | 'contactPhone'
  >
>;

/** The columns a profile write sets: only fields that were sent; `null` clears website or contact person. */
export function profileColumns(profile: UpdateOrganizationDto): ProfileColumns {
  const columns: ProfileColumns = {};
  if (profile.name !== undefined) columns.name = profile.name.trim();
  if (profile.country !== undefined) columns.country = profile.country;
  if (profile.city !== undefined) columns.city = profile.city.trim();
  if (profile.website !== undefined) columns.website = profile.website;
  if (profile.description !== undefined) columns.description = profile.description;
  if (profile.sectors !== undefined) columns.sectors = profile.sectors;
  if (profile.pollutants !== undefined) columns.pollutants = profile.pollutants;
  if (profile.languages !== undefined) columns.languages = profile.languages;
  if (profile.contactPerson !== undefined) Object.assign(columns, contactColumns(profile.contactPerson));
  return columns;
}

function contactColumns(person: ContactPersonDto | null): ProfileColumns {
  return {
    contactName: person?.name.trim() ?? null,
    contactEmail: person?.email ?? null,
    contactPhone: person?.phone ?? null,
  };
}
