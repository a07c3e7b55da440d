/** A point's long text shortened for button names and notices: at most 60 characters, "…" when cut. */
export function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
