import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactPersonView, OrganizationSummary } from '@3ipet/identity';
import {
  MATCH_ORIGINS,
  MATCH_STATUSES,
  PARTY_RESPONSES,
  REJECTION_REASONS,
  type MatchOrigin,
  type MatchSide,
  type MatchStatus,
  type PartyResponse,
  type RejectionReason,
} from '../match/match-status';
import { MatchRequestView } from './match-request.view';
import { MATCH_WEIGHTS, type ComponentName } from '../scoring/weights';

export class ScoreComponentView {
  @ApiProperty({ enum: Object.keys(MATCH_WEIGHTS) }) name!: ComponentName;
  @ApiProperty({ description: 'Share of the 100 points this component can give' }) weight!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) value!: number;
  @ApiProperty({ description: 'value × weight: what it added to the score' }) points!: number;
  @ApiProperty({ example: 'Designed for Brick kilns, the sector this need names.' }) sentence!: string;
}

/** A need's title as its agency translated it (the description stays on the need's own page). */
export class MatchNeedTitleTranslation {
  @ApiProperty({ example: 'ne', description: 'BCP 47 language of the translation' }) language!: string;
  @ApiProperty() title!: string;
}

export class MatchNeedSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'As written (English)' }) title!: string;
  @ApiProperty({
    type: [MatchNeedTitleTranslation],
    description: 'The title in other languages, one per language',
  })
  translations!: MatchNeedTitleTranslation[];
  @ApiProperty({ enum: ['draft', 'open', 'closed'] }) status!: string;
  @ApiProperty({ example: 'NP' }) country!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: Number, nullable: true }) minTrl!: number | null;
  @ApiProperty({ type: Number, nullable: true }) budgetMaxUsd!: number | null;
  @ApiProperty({ type: OrganizationSummary, nullable: true }) organization!: OrganizationSummary | null;
}

export class MatchTechnologySummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ example: 'end-of-pipe.fabric-filter' }) category!: string;
  @ApiProperty() trl!: number;
  @ApiProperty({ type: [String] }) pollutants!: string[];
  @ApiProperty({ type: OrganizationSummary, nullable: true }) vendor!: OrganizationSummary | null;
}

export class PartyResponseView {
  @ApiProperty({ enum: PARTY_RESPONSES }) response!: PartyResponse;
  @ApiProperty({ type: String, nullable: true }) message!: string | null;
  @ApiProperty({ format: 'date-time' }) respondedAt!: Date;
}

class MatchBaseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MATCH_STATUSES }) status!: MatchStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({
    type: [ScoreComponentView],
    description: 'Why: one sentence per component, in weight order',
  })
  components!: ScoreComponentView[];
  @ApiProperty({ type: MatchNeedSummary }) need!: MatchNeedSummary;
  @ApiProperty({ type: MatchTechnologySummary }) technology!: MatchTechnologySummary;
  @ApiProperty({ type: Date, nullable: true }) introducedAt!: Date | null;
  @ApiProperty({ description: 'Send it back with a decision or response' }) version!: number;
}

/** A match as curators see it: everything, including the hard rule an admin's manual match breaks. */
export class AdminMatchView extends MatchBaseView {
  @ApiProperty({ enum: MATCH_ORIGINS }) origin!: MatchOrigin;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Set only on a manual match the rules would exclude',
  })
  exclusionReason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Introduction note, or the text of a rejection' })
  decisionNote!: string | null;
  @ApiProperty({ enum: REJECTION_REASONS, nullable: true, type: String, description: 'Set when rejected' })
  rejectionReason!: RejectionReason | null;
  @ApiProperty({
    type: [MatchRequestView],
    description: 'Who asked for this pair and why: the agency, the vendor, or both; empty when nobody did',
  })
  requests!: MatchRequestView[];
  @ApiProperty({ type: PartyResponseView, nullable: true }) needResponse!: PartyResponseView | null;
  @ApiProperty({ type: PartyResponseView, nullable: true }) vendorResponse!: PartyResponseView | null;
  @ApiProperty({ format: 'date-time' }) scoredAt!: Date;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

/** A match as one of its two organisations sees it. */
export class PartyMatchView extends MatchBaseView {
  @ApiProperty({ enum: ['need', 'vendor'], description: "Which side the caller's organisation is on" })
  side!: MatchSide;
  @ApiProperty({ type: String, nullable: true, description: "The curator's introduction" })
  introductionNote!: string | null;
  @ApiProperty({ type: PartyResponseView, nullable: true }) myResponse!: PartyResponseView | null;
  @ApiProperty({ type: PartyResponseView, nullable: true }) otherResponse!: PartyResponseView | null;
  @ApiPropertyOptional({
    type: ContactPersonView,
    nullable: true,
    description: "The other side's contact person: only once both sides said they are interested (connected)",
  })
  otherContact?: ContactPersonView | null;
}

export class MatchTransitionView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MATCH_STATUSES, nullable: true, type: String }) fromStatus!: MatchStatus | null;
  @ApiProperty({ enum: MATCH_STATUSES }) toStatus!: MatchStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null when the system moved it' })
  actorId!: string | null;
  @ApiProperty({ enum: ['system', 'admin', 'vendor', 'agency'] }) actorRole!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

class PageFields {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class AdminMatchPage extends PageFields {
  @ApiProperty({ type: [AdminMatchView] }) items!: AdminMatchView[];
}

export class PartyMatchPage extends PageFields {
  @ApiProperty({ type: [PartyMatchView] }) items!: PartyMatchView[];
}

export class MatchTransitionPage extends PageFields {
  @ApiProperty({ type: [MatchTransitionView] }) items!: MatchTransitionView[];
}
