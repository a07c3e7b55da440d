import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { formatFileTime } from '../../lib/format.ts';
import { auditExportRows } from './audit-export.ts';
import type { Translate } from './audit-values.ts';

const t = i18n.t.bind(i18n) as unknown as Translate;

describe('auditExportRows', () => {
  it('writes a header, then time in Swedish time, who, the sentence and its changes', () => {
    const rows = auditExportRows(
      [
        {
          occurredAt: '2026-12-04T11:12:00Z',
          actorName: null,
          action: 'member.rename',
          entity: 'member',
          entityId: 'x',
          before: { name: 'Gävle kommun' },
          after: { name: '=Gävle' },
        },
      ],
      t,
    );
    expect(rows).toEqual([
      ['Tid', 'Vem', 'Händelse', 'Ändring'],
      ['2026-12-04 12:12:00', 'Systemet', 'Medlemmen Gävle kommun heter nu =Gävle', ''],
    ]);
  });

  it('leaves a time it cannot read as it is', () => {
    expect(formatFileTime('okänd')).toBe('okänd');
  });
});
