import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, type AuthContext, CurrentActor, Public, Roles } from '@3ipet/identity';
import { ClaimInput, ClaimView, ClaimsView, EvidenceInput } from '../claims/claim.dto';
import { TechnologyEvidence } from '../claims/technology-evidence.service';
import { ProblemResponses } from './problem-responses';
import { UuidParam } from './uuid-param';

@ApiTags('technologies')
@Controller('technologies/:id/evidence')
export class TechnologyEvidenceController {
  constructor(private readonly evidence: TechnologyEvidence) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'A listing’s claims with their evidence and verification, in order (same readers as the listing)',
  })
  @ApiOkResponse({ type: ClaimsView })
  @ProblemResponses(400, 404)
  list(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<ClaimsView> {
    return this.evidence.list(actor, id);
  }

  @Post()
  @Roles('vendor')
  @ApiOperation({
    summary:
      'Add a claim (outlet concentration, emission factor, energy use, reference result), with evidence if given (owner; audited)',
  })
  @ApiCreatedResponse({ type: ClaimView })
  @ProblemResponses(400, 401, 403, 404, 409, 422)
  add(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @Body() input: ClaimInput,
  ): Promise<ClaimView> {
    return this.evidence.add(actor, id, input);
  }

  @Put(':claimId')
  @Roles('vendor')
  @ApiOperation({
    summary:
      'Attach or replace a claim’s evidence: a file of the organisation or a link, issuer, method, date, conditions, validity (owner; audited; a verified claim goes back to stated)',
  })
  @ApiOkResponse({ type: ClaimView })
  @ProblemResponses(400, 401, 403, 404, 409)
  setEvidence(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @UuidParam('claimId') claimId: string,
    @Body() input: EvidenceInput,
  ): Promise<ClaimView> {
    return this.evidence.setEvidence(actor, id, claimId, input);
  }

  @Delete(':claimId/evidence')
  @Roles('vendor')
  @ApiOperation({ summary: 'Remove a claim’s evidence; the claim stays, as stated (owner; audited)' })
  @ApiOkResponse({ type: ClaimView })
  @ProblemResponses(400, 401, 403, 404, 409)
  removeEvidence(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @UuidParam('claimId') claimId: string,
  ): Promise<ClaimView> {
    return this.evidence.removeEvidence(actor, id, claimId);
  }

  @Delete(':claimId')
  @HttpCode(204)
  @Roles('vendor')
  @ApiOperation({
    summary:
      'Delete a claim added here; removal-efficiency and certification claims go with the listing’s fields (owner; audited)',
  })
  @ApiNoContentResponse()
  @ProblemResponses(400, 401, 403, 404, 409, 422)
  remove(
    @CurrentActor() actor: AuthContext,
    @UuidParam() id: string,
    @UuidParam('claimId') claimId: string,
  ): Promise<void> {
    return this.evidence.remove(actor, id, claimId);
  }
}
