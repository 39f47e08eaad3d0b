/**
 * After a navigation the next page's heading takes focus, so keyboard and screen-reader users start at the new
 * content; on first load and on in-page changes (filters, paging) focus stays where it is.
 */
let focusPending = false;

export function focusHeadingAfterNavigation(): void {
  focusPending = true;
}

export function takePendingHeadingFocus(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}
