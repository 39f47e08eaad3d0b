import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Actor, isAdmin, isMemberOf } from '../authorization/auth-context';
import {
  ORGANIZATION_KINDS,
  Organization,
  type OrganizationKind,
  VERIFICATION_DECISIONS,
  VERIFICATION_STATUSES,
  type VerificationDecision,
  type VerificationStatus,
} from './organization.entity';

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

/** Where the organisation stands with the admins, and the reason of a rejection or a withdrawal. */
export class OrganizationVerificationView {
  @ApiProperty({ enum: VERIFICATION_STATUSES }) status!: VerificationStatus;
  @ApiProperty({ enum: VERIFICATION_DECISIONS, nullable: true, description: 'The last decision, if any' })
  decision!: VerificationDecision | null;
  @ApiProperty({ type: String, nullable: true, description: 'Given with a rejection or a withdrawal' })
  reason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: Date | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Only for admins' })
  decidedBy?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Only for admins' })
  decidedByName?: string | null;
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

  @ApiPropertyOptional({
    type: OrganizationVerificationView,
    description: 'Only for members of this organisation and admins',
  })
  verification?: OrganizationVerificationView;
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
  if (isAdmin(actor) || isMemberOf(actor, org.id)) {
    view.contactPerson = contactPersonOf(org);
    view.verification = verificationOf(org);
  }
  if (isAdmin(actor)) {
    view.verifiedBy = org.verifiedBy;
    view.verification!.decidedBy = org.verificationDecidedBy;
  }
  return view;
}

/** The boolean wins: rows written by older code (seeds, imports) may only have set `verified`. */
export function verificationStatusOf(org: Organization): VerificationStatus {
  if (org.verified) return 'verified';
  return org.verificationStatus === 'rejected' ? 'rejected' : 'pending';
}

function verificationOf(org: Organization): OrganizationVerificationView {
  return {
    status: verificationStatusOf(org),
    decision: org.verificationDecision,
    reason: org.verificationReason,
    decidedAt: org.verificationDecidedAt,
  };
}
