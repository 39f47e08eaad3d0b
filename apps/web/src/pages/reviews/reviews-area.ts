export { AdminExpertsPage } from './AdminExpertsPage';
export { AdminReviewsPage } from './AdminReviewsPage';
export { ExpertReviewPage } from './ExpertReviewPage';
export { ExpertReviewsPage } from './ExpertReviewsPage';
