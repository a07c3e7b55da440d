import { type ApplicationStatus, applicationStatuses } from '@samsyn/domain';

/** What the pipeline needs of a listed application. */
export interface PipelineRow {
  status: ApplicationStatus;
  requestedOre: number;
  expectedAmountOre: number | null;
  proposedAmountOre: number | null;
  grantedAmountOre: number | null;
}

/**
 * The amount that speaks for an application where it stands: what is expected of an idea, what
 * the review group proposes, what the board granted, else the sum applied for (a rejected or
 * withdrawn one keeps what it asked).
 */
export function pipelineAmountOre(row: PipelineRow): number {
  if (row.status === 'granted') return row.grantedAmountOre ?? 0;
  if (row.status === 'proposal') return row.proposedAmountOre ?? row.requestedOre;
  if (row.status === 'expected') return row.expectedAmountOre ?? row.requestedOre;
  return row.requestedOre;
}

export interface PipelineGroup<Row extends PipelineRow> {
  status: ApplicationStatus;
  rows: Row[];
  count: number;
  sumOre: number;
}

/** The applications by status in pipeline order (expected … withdrawn), only statuses that have any, with count and sum. */
export function pipelineGroups<Row extends PipelineRow>(rows: readonly Row[]): PipelineGroup<Row>[] {
  return applicationStatuses
    .map((status) => {
      const inStatus = rows.filter((row) => row.status === status);
      return {
        status,
        rows: inStatus,
        count: inStatus.length,
        sumOre: inStatus.reduce((sum, row) => sum + pipelineAmountOre(row), 0),
      };
    })
    .filter((group) => group.count > 0);
}

/** The filters as they stand in the address: ?ar=2019&status=received&lokalgrupp=<id>. */
export interface PipelineFilter {
  year: number | null;
  status: ApplicationStatus | null;
  localGroupId: string | null;
}

export function filterOfSearch(search: URLSearchParams): PipelineFilter {
  const year = Number(search.get('ar'));
  const status = search.get('status');
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    status: applicationStatuses.includes(status as ApplicationStatus) ? (status as ApplicationStatus) : null,
    localGroupId: /^[0-9a-f-]{36}$/i.test(search.get('lokalgrupp') ?? '') ? search.get('lokalgrupp') : null,
  };
}

export function searchOfFilter(filter: PipelineFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.year !== null) search.set('ar', String(filter.year));
  if (filter.status !== null) search.set('status', filter.status);
  if (filter.localGroupId !== null) search.set('lokalgrupp', filter.localGroupId);
  return search;
}
