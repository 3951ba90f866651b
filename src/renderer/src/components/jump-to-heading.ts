/**
 * Brings a part of the page to the top of the window and puts focus on its heading, so keyboard and screen-reader
 * users go on reading from there.
 */
export function jumpToHeading(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  // -1: focus can land on the heading without adding it to the Tab order.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
