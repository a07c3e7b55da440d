import type { ReactNode } from 'react';
import './scroll-region.css';

/**
 * A table that may scroll sideways on a narrow screen, so the page itself never does (WCAG
 * 1.4.10). A scrolling region must be reachable by keyboard (WCAG 2.1.1), so it takes focus and is
 * named after its table.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard.
    <section className="scroll-region" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
