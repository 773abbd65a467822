import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../router/router.tsx';

interface PageProps {
  /** Shown as the h1 and in the browser tab (WCAG 2.4.2). */
  title: string;
  /** The h1 when it should differ from the browser-tab title (e.g. a greeting). */
  heading?: string;
  /** A short introduction under the heading. */
  lead?: ReactNode;
  children?: ReactNode;
}

/** Every view is a Page: it owns the document title and the single h1 that focus moves to. */
export function Page({ title, heading, lead, children }: PageProps) {
  const { t } = useTranslation();
  const { navigationId } = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.titleTemplate', { page: title });
  }, [t, title]);

  // After client-side navigation, move focus to the new heading so that screen-reader and
  // keyboard users start at the new content, as they would after a full page load.
  useEffect(() => {
    if (navigationId > 0) headingRef.current?.focus();
  }, [navigationId]);

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title" ref={headingRef} tabIndex={-1}>
          {heading ?? title}
        </h1>
        {lead ? <div className="page__lead">{lead}</div> : null}
      </header>
      {children}
    </div>
  );
}
