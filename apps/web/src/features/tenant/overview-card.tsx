import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One key figure of the Översikt: its name, the figure, a sentence about it, and its page. */
export function OverviewCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="overview-card">
      <h3 className="overview-card__title">{title}</h3>
      {children}
    </li>
  );
}

export function CardValue({ children }: { children: ReactNode }) {
  return <p className="overview-card__value">{children}</p>;
}

export function CardLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="overview-card__link">
      <Link to={to}>{children}</Link>
    </p>
  );
}
