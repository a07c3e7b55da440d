import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a narrow screen. A scrolling region must be reachable by
 * keyboard (WCAG 2.1.1), so it takes focus and is named after its table.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard.
    <section className="national-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
