export { ReviewsModule } from './reviews.module';
export { VerdictExpiry } from './verdicts/verdict-expiry';
export { VerdictExpiryJob } from './verdicts/verdict-expiry.job';
export { REVIEW_CRITERIA, CLAIM_OUTCOMES, type ReviewCriterion, type ClaimOutcome } from './dto/review.dto';
