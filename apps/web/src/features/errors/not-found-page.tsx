import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { useMe } from '../../lib/use-me.ts';

/** A nearer way back than the overview: the list the missing record belongs to. */
export type WayBack = { to: string; label: string };

/**
 * Any address the app does not know, and an address naming a record that does not exist (a bad
 * id). The way back leads to `back` where the page knows the record's list (an application's
 * pipeline), else to the förbund's overview when the address is inside one of the user's förbund,
 * else to the start page. `detail` says more where the page knows more (an unpublished catalogue
 * entry) and may offer a nearer way back.
 */
export function NotFoundPage({ detail, back }: { detail?: ReactNode; back?: WayBack }) {
  const { t } = useTranslation();
  const slug = useMatch('/f/:slug/*')?.params.slug ?? null;
  const me = useMe().data ?? null;
  const isMember = slug !== null && (me?.memberships.some((membership) => membership.slug === slug) ?? false);
  return (
    <div className="prose">
      <PageHeading titleParts={[t('notFound.title')]}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      {detail}
      <p>
        {back ? (
          <Link to={back.to}>{back.label}</Link>
        ) : isMember ? (
          <Link to={`/f/${slug}`}>{t('notFound.backToOverview')}</Link>
        ) : (
          <Link to="/">{t('app.backToStart')}</Link>
        )}
      </p>
    </div>
  );
}
