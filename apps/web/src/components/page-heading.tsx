import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { documentTitle } from './document-title.ts';

interface PageHeadingProps {
  children: ReactNode;
  /**
   * Parts of the document title before the product name, most specific first. A text h1 that
   * extends the first part (with a year or period) replaces it.
   */
  titleParts: readonly string[];
}

/**
 * A page's h1. It sets the document title and, after every in-app navigation (not on the first
 * load), takes focus so that screen reader and keyboard users start at the new page's top.
 */
export function PageHeading({ children, titleParts }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const title = documentTitle(titleParts, children, t('app.name'));

  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    // The first location of a page load has the key "default"; leave focus alone there.
    if (location.key !== 'default') ref.current?.focus();
  }, [location.key]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
