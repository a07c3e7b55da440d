import { describe, expect, it } from 'vitest';
import { reportFileUrl } from './report-file-url.ts';

describe('reportFileUrl', () => {
  it('names the förbund, the report, the version and the file type as the API route reads them', () => {
    expect(reportFileUrl('gavleborg', 'a1b2', 'adopted', 'docx')).toBe(
      '/api/period-reports/gavleborg/a1b2/adopted.docx',
    );
    expect(reportFileUrl('gavleborg', 'a1b2', 'live', 'pdf')).toBe(
      '/api/period-reports/gavleborg/a1b2/live.pdf',
    );
  });
});
