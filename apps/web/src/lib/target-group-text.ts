/**
 * An intervention's target group in words: the groups chosen from the list, then the förbund's
 * own wording, left out when it only repeats one of those groups (the seeds often write the
 * group's name again as the text), so the page never names a group twice.
 */
export function targetGroupText(labels: readonly string[], ownText: string): string {
  const own = ownText.trim();
  const repeats = labels.some((label) => label.localeCompare(own, 'sv', { sensitivity: 'base' }) === 0);
  return [...labels, ...(own && !repeats ? [own] : [])].join('; ');
}
