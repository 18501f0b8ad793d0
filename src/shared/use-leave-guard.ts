import { useEffect } from 'react';

function askInBrowser(question: string): boolean {
  return window.confirm(question);
}

/**
 * While `active` (figures checked or worked out wait to be saved), asks `question` before the
 * officer leaves: a link to another page of the app is followed only if they say so, and closing or
 * reloading the tab gets the browser's own question. Links inside the page (skip link, the error
 * summary's) go ahead. The upload page and the 903 return page use it.
 */
export function useLeaveGuard(active: boolean, question: string, ask: (question: string) => boolean = askInBrowser) {
  useEffect(() => {
    if (!active) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = link?.getAttribute('href') ?? '';
      // Another page of the app (`/history`, `#/history`) or another site; never a link to a place on this page.
      const inPage = href.startsWith('#') && !href.startsWith('#/');
      if (!link || inPage || link.getAttribute('download') !== null) return;
      if (ask(question)) return;
      event.preventDefault();
      // Captured before the router sees it, so the page stays as it is.
      event.stopPropagation();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active, question, ask]);
}
