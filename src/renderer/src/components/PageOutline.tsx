import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One part of a long step: the id of its heading, and what the link to it says. */
export interface OutlinePart {
  id: string;
  label: string;
}

/**
 * "On this page": a link to each part of a long step, so what matters is one press away however long the page is.
 * Following a link moves focus to the part's heading, so keyboard and screen-reader users go on reading from
 * there, and brings that heading to the top of the window.
 */
export function PageOutline({ parts }: { parts: readonly OutlinePart[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <nav className="page-outline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('outline.heading')}</h2>
      <ul>
        {parts.map((part) => (
          <li key={part.id}>
            <a
              href={`#${part.id}`}
              onClick={(event) => {
                // The page itself never navigates (the app cancels it); moving focus is all a jump needs.
                event.preventDefault();
                jumpTo(part.id);
              }}
            >
              {part.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function jumpTo(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  // -1: focus can land on the heading without adding it to the Tab order.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
