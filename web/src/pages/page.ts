// What a page is, for the router in main.ts.
//
// load() fetches what the page needs and returns a View. The View keeps the data and can render
// itself again at any time (the language switch does that without fetching anything).

import type { Route } from '../router';
import type { SafeHtml } from '../html';

export interface View {
  /** The page's title in the current language (used for document.title and the live region). */
  title(): string;
  /** The page's HTML in the current language. It must contain exactly one <h1 tabindex="-1">. */
  html(): SafeHtml;
  /** Attaches event handlers after the HTML is in the document. */
  mount?(root: HTMLElement): void;
  /** What to announce after a soft navigation (same page, other query), e.g. how many rows are shown. */
  announce?(): string;
}

export interface Page {
  load(route: Route): Promise<View>;
  /**
   * Routes with the same non-empty key are the same page with other options (e.g. filters):
   * moving between them keeps the focus and scroll position instead of starting a new page.
   */
  sameViewKey?(route: Route): string;
}
