import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Actor, isAdmin, isMemberOf } from '../authorization/auth-context';
import { ORGANIZATION_KINDS, Organization, type OrganizationKind } from './organization.entity';

export class ContactPersonView {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

/** What other libs may show about any organisation to anyone. */
export class OrganizationSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty({ example: 'NP' }) country!: string;
  @ApiProperty() city!: string;
  @ApiProperty() verified!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'uri' }) website!: string | null;
}

export class OrganizationView extends OrganizationSummary {
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) verifiedAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;

  @ApiPropertyOptional({
    type: ContactPersonView,
    nullable: true,
    description: 'Only for members of this organisation and admins',
  })
  contactPerson?: ContactPersonView | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Only for admins' })
  verifiedBy?: string | null;
}

export class OrganizationPage {
  @ApiProperty({ type: [OrganizationView] }) items!: OrganizationView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export function toSummary(org: Organization): OrganizationSummary {
  const { id, name, kind, country, city, verified, website } = org;
  return { id, name, kind, country, city, verified, website };
}

export function contactPersonOf(org: Organization): ContactPersonView | null {
  return org.contactName && org.contactEmail
    ? { name: org.contactName, email: org.contactEmail, phone: org.contactPhone }
    : null;
}

/** The profile as this caller may see it: contact person for members and admins, verifier for admins. */
export function organizationViewFor(actor: Actor, org: Organization): OrganizationView {
  const view: OrganizationView = {
    ...toSummary(org),
    description: org.description,
    sectors: org.sectors,
    pollutants: org.pollutants,
    languages: org.languages,
    verifiedAt: org.verifiedAt,
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
  };
  if (isAdmin(actor) || isMemberOf(actor, org.id)) view.contactPerson = contactPersonOf(org);
  if (isAdmin(actor)) view.verifiedBy = org.verifiedBy;
  return view;
}
