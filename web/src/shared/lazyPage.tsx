// Route-level code splitting: a route's page is fetched the first time the route matches (React Router's `lazy`),
// so the first screen loads only its own page's code.
import type { ComponentType } from 'react';
import type { Me } from './api/types';
import { Guard } from './Guard';

type PageModule = { default: ComponentType };

const RELOADED_KEY = 'polku.reloadedForCode';

/**
 * A page's code that cannot be fetched, e.g. in a tab opened before a new version replaced the old files, is
 * fetched once more by loading the new version of the app; when that fails too, the route shows the error.
 */
async function fetchPage(load: () => Promise<PageModule>): Promise<PageModule> {
  try {
    const page = await load();
    sessionStorage.removeItem(RELOADED_KEY);
    return page;
  } catch (error) {
    if (sessionStorage.getItem(RELOADED_KEY)) throw error;
    sessionStorage.setItem(RELOADED_KEY, '1');
    window.location.reload();
    return new Promise<PageModule>(() => {});
  }
}

/** The route's `lazy` for a page anyone may open (e.g. the sign-in page). */
export function lazyPage(load: () => Promise<PageModule>) {
  return async () => {
    const { default: Page } = await fetchPage(load);
    return { element: <Page /> };
  };
}

/**
 * The route's `lazy` for a page behind the sign-in and role guard. An element, as before the split, so that two
 * routes of one page (".../new" and ".../:id") render the same element types.
 */
export function guardedPage(load: () => Promise<PageModule>, allow?: (me: Me | null) => boolean) {
  return async () => {
    const { default: Page } = await fetchPage(load);
    return {
      element: (
        <Guard allow={allow}>
          <Page />
        </Guard>
      ),
    };
  };
}
