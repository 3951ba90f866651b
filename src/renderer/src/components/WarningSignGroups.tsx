import type { SignGroup } from '../../../shared/warning-signs/sign-groups';
import { LocalizedText } from './LocalizedText';

/** Warning signs under the words of their level, most urgent first: the checklist, the lessons and the glossary. */
export function WarningSignGroups({ groups }: { groups: readonly SignGroup[] }) {
  return groups.map((group) => (
    <div key={group.level} className={`signs ${group.level}`}>
      <p className="important">{group.heading}</p>
      <ul className="items">
        {group.signs.map(({ id, resolved }) => (
          <li key={id}>
            <LocalizedText text={resolved.sign} />
            {resolved.when && (
              <span className="why">
                <LocalizedText text={resolved.when} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  ));
}
