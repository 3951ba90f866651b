import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpToHeading } from './jump-to-heading';

/** One part of a long step: the id of its heading, and what the link to it says. */
export interface OutlinePart {
  id: string;
  label: string;
}

/**
 * "On this page": a link to each part of a long step, so what matters is one press away however long the page is.
 * Following a link brings the part to the top of the window with focus on its heading.
 */
export function PageOutline({ parts }: { parts: readonly OutlinePart[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  // One part needs no list of parts (a therapy's own lesson may have only one).
  if (parts.length < 2) return null;
  return (
    <nav className="page-outline" aria-labelledby={titleId}>
      {/* Not a heading: the list names the page's parts, it is not one of them. */}
      <p id={titleId} className="outline-title">
        {t('outline.heading')}
      </p>
      <ul>
        {parts.map((part) => (
          <li key={part.id}>
            <a
              href={`#${part.id}`}
              onClick={(event) => {
                // The page itself never navigates (the app cancels it); moving focus is all a jump needs.
                event.preventDefault();
                jumpToHeading(part.id);
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
