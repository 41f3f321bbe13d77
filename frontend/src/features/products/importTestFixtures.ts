// Data for the bulk import unit tests.
import type { ImportJob, ImportSummary, RowProblem } from './importApi'

export function importJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    producerId: 'p-1',
    category: 'TEA',
    filename: 'teas.xlsx',
    allOrNothing: false,
    state: 'CHECKING',
    totalRows: 1000,
    checkedRows: 0,
    writtenRows: 0,
    created: 0,
    updated: 0,
    problems: [],
    failure: null,
    startedAt: '2026-04-01T08:30:00Z',
    updatedAt: '2026-04-01T08:30:00Z',
    finishedAt: null,
    ...overrides,
  }
}

export function importSummary(overrides: Partial<ImportSummary> = {}): ImportSummary {
  const job = importJob()
  return {
    id: job.id,
    producerId: job.producerId,
    category: job.category,
    filename: job.filename,
    allOrNothing: job.allOrNothing,
    state: 'DONE',
    totalRows: job.totalRows,
    checkedRows: job.totalRows,
    writtenRows: job.totalRows,
    created: job.totalRows,
    updated: 0,
    problemCount: 0,
    failure: null,
    startedAt: job.startedAt,
    finishedAt: '2026-04-01T08:31:00Z',
    ...overrides,
  }
}

/** `count` problems on consecutive rows from line 2, one per row, as the server reports a bad grade. */
export function gradeProblems(count: number, firstRow = 2): RowProblem[] {
  return Array.from({ length: count }, (_, index) => ({
    row: firstRow + index,
    column: 'grade',
    code: 'one-of',
    args: { allowed: ['SUPER', 'FIRST', 'SECOND', 'THIRD'] },
    message: 'must be one of [SUPER, FIRST, SECOND, THIRD]',
  }))
}
