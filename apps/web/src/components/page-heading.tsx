import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

/**
 * The page's h1. It names the page in the document title, and after a navigation inside the app
 * it takes the focus, so that screen-reader and keyboard users start at the new page (a full page
 * load leaves the focus at the start of the document, where the skip link is).
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  const hub = t('hub.name');
  useEffect(() => {
    document.title = text && text !== hub ? `${text} | ${hub}` : hub;
  }, [text, hub]);
  useEffect(() => {
    if (firstPageShown) ref.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <Heading1 ref={ref} tabIndex={-1}>
      {children}
    </Heading1>
  );
}
