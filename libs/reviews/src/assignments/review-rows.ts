import type { ClaimMarkView, CriteriaView, ReviewStatus, ReviewView } from '../dto/review.dto';

export interface ReviewRow {
  id: string;
  technology_id: string;
  technology_title: string;
  technology_status: string;
  vendor_organization_id: string;
  vendor_name: string;
  expert_id: string;
  expert_name: string;
  claim_ids: string[] | null;
  status: ReviewStatus;
  criteria: CriteriaView;
  marks: ClaimMarkView[];
  submitted_at: Date | null;
  verdict_id: string | null;
  created_at: Date;
}

export const REVIEWS = `SELECT r.id, r.technology_id, t.title AS technology_title, t.status AS technology_status,
                               t.vendor_organization_id, o.name AS vendor_name,
                               r.expert_id, u.display_name AS expert_name, r.claim_ids::text[] AS claim_ids, r.status, r.criteria,
                               r.marks, r.submitted_at, r.verdict_id, r.created_at
                          FROM review r
                          JOIN technology t ON t.id = r.technology_id
                          JOIN organization o ON o.id = t.vendor_organization_id
                          JOIN app_user u ON u.id = r.expert_id`;

export function reviewView(row: ReviewRow): ReviewView {
  return {
    id: row.id,
    technologyId: row.technology_id,
    technologyTitle: row.technology_title,
    technologyStatus: row.technology_status,
    vendorName: row.vendor_name,
    expertId: row.expert_id,
    expertName: row.expert_name,
    claimIds: row.claim_ids,
    status: row.status,
    criteria: row.criteria,
    marks: row.marks,
    submittedAt: row.submitted_at ? new Date(row.submitted_at) : null,
    verdictId: row.verdict_id,
    createdAt: new Date(row.created_at),
  };
}

export interface ReviewFilter {
  status?: ReviewStatus;
  technologyId?: string;
}
