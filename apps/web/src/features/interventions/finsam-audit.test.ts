import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { describeAuditEntry } from '../audit/audit-sentence.ts';
import type { Translate } from '../audit/audit-values.ts';

const t = i18n.t.bind(i18n) as unknown as Translate;

describe('the audit log on Uppföljning Finsam registrations', () => {
  it('says a period was registered, and keeps the reason an admin gave for undoing it', () => {
    expect(
      describeAuditEntry(
        {
          action: 'finsam.register',
          entity: 'finsamRegistration',
          entityId: '2019-H1',
          after: { period: '2019-H1' },
        },
        t,
      ).sentence,
    ).toBe('Period markerad som registrerad i Uppföljning Finsam');
    const undone = describeAuditEntry(
      {
        action: 'finsam.undoRegistration',
        entity: 'finsamRegistration',
        entityId: '2019-H1',
        before: { period: '2019-H1', registeredAt: '2026-12-04T16:12:00Z' },
        after: { period: '2019-H1', registeredAt: null, reason: 'Registrerad för tidigt' },
      },
      t,
    );
    expect(undone.sentence).toBe('Registrering i Uppföljning Finsam ångrad');
    expect(undone.details.join(' | ')).toContain('Registrerad för tidigt');
  });
});
