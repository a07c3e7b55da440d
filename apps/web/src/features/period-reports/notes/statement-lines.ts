import type { Message } from '../../../lib/message-key.ts';

/**
 * The lines a note may specify, as the form's select offers them: revenue and costs of the income
 * statement, then each line of the balance sheet by its name. A note's own line stays offered even
 * when the balance sheet no longer has it (shown by its code), so editing never changes it silently.
 */
export function statementLineChoices(
  balanceLines: readonly { code: string; name: string }[],
  current: string | null = null,
): { value: string; label: Message }[] {
  const choices: { value: string; label: Message }[] = [
    { value: 'revenue', label: { key: 'reportNotesPages.line.revenue' } },
    { value: 'costs', label: { key: 'reportNotesPages.line.costs' } },
    ...balanceLines.map((line) => ({
      value: `balance:${line.code}`,
      label: { key: 'reportNotesPages.line.balance' as const, values: { name: line.name } },
    })),
  ];
  if (current && !choices.some((choice) => choice.value === current))
    choices.push({
      value: current,
      label: { key: 'reportNotesPages.line.balance', values: { name: current.replace(/^balance:/, '') } },
    });
  return choices;
}

/** The label of a note's statement line. */
export function statementLineLabel(
  balanceLines: readonly { code: string; name: string }[],
  statementLine: string,
): Message {
  const found = statementLineChoices(balanceLines, statementLine).find((c) => c.value === statementLine);
  return found?.label ?? { key: 'reportNotesPages.line.revenue' };
}
