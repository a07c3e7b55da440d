import { contributionReconciliation, financingSplit, kronor } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgFinancingH1_2019, gavleborgInvoicedH1_2019 } from './gavleborg.ts';

describe('contributionReconciliation — Gävleborg H1 2019', () => {
  const reconciliation = contributionReconciliation({
    invoiced: gavleborgInvoicedH1_2019,
    booked: [
      { source: 'incomeStatement', amount: kronor(6_659_748) },
      { source: 'operatingStatement', amount: kronor(6_659_747) },
    ],
  });

  it('totals the invoiced contributions of not 1 at 6 659 750, the same as the financing split', () => {
    expect(reconciliation.invoicedTotal).toBe(kronor(6_659_750));
    expect(financingSplit(gavleborgFinancingH1_2019).total).toBe(reconciliation.invoicedTotal);
  });

  it('shows the income statement 2 kr and the operating statement 3 kr under what was invoiced, without changing either', () => {
    expect(reconciliation.booked).toEqual([
      { source: 'incomeStatement', amount: kronor(6_659_748), difference: kronor(-2) },
      { source: 'operatingStatement', amount: kronor(6_659_747), difference: kronor(-3) },
    ]);
    expect(reconciliation.isReconciled).toBe(false);
  });

  it('is reconciled when every booked figure equals the invoiced total', () => {
    const ok = contributionReconciliation({
      invoiced: gavleborgInvoicedH1_2019,
      booked: [{ source: 'incomeStatement', amount: kronor(6_659_750) }],
    });
    expect(ok.isReconciled).toBe(true);
  });
});
