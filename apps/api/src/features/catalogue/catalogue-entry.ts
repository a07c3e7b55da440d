import type { Sql, TransactionSql } from '@samsyn/db';
import type { PublishedFigure } from '../national/published-figure.ts';

/** Headline figures of a published intervention: one year, participant counts suppressed. */
export interface HeadlineFigures {
  year: number | null;
  participants: PublishedFigure;
  women: PublishedFigure;
  men: PublishedFigure;
  otherUnknown: PublishedFigure;
  ended: PublishedFigure;
  /** Staff and managers reached (structural interventions); counts of staff, not participants. */
  reached: number | null;
  spendKronor: number | null;
}

export interface CatalogueItem {
  id: string;
  interventionId: string;
  name: string;
  kind: 'individual' | 'structural';
  status: 'pre_study' | 'ongoing' | 'paused' | 'ended';
  publisherName: string;
  countyCode: string | null;
  description: string;
  targetGroupIds: string[];
  methodTagIds: string[];
  startDate: string | null;
  endDate: string | null;
  publishedAt: string;
}

export interface CatalogueEntry extends CatalogueItem {
  targetGroupText: string;
  freeTags: string[];
  leadOrganisation: string;
  partnerNames: string[];
  resultsText: string;
  headlineFigures: HeadlineFigures;
}

export interface CatalogueFilter {
  query?: string | undefined;
  kind?: 'individual' | 'structural' | undefined;
  targetGroup?: string | undefined;
  method?: string | undefined;
  county?: string | undefined;
  status?: 'pre_study' | 'ongoing' | 'paused' | 'ended' | undefined;
  limit: number;
  offset: number;
}

/** The columns of a `CatalogueItem`, from `catalogue_entries e join tenants t`. */
export const itemColumns = (sql: Sql | TransactionSql) => sql`
  e.id, e.intervention_id as "interventionId", e.name, e.kind, e.status, t.name as "publisherName",
  e.county_code as "countyCode", e.description, e.target_group_ids as "targetGroupIds",
  e.method_tag_ids as "methodTagIds", to_char(e.start_date, 'YYYY-MM-DD') as "startDate",
  to_char(e.end_date, 'YYYY-MM-DD') as "endDate",
  to_char(e.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt"`;
