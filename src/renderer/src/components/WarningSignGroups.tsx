import { listedSign, signGroups, type SignGroup } from '@shared/warning-signs/sign-groups';
import { useText, useVoicedTranslation } from '../i18n/voice';
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

/** Signs from the shipped list, by id, under the words of their level (a lesson part, a glossary entry). */
export function ListedWarningSigns({ ids }: { ids: readonly string[] }) {
  const { t } = useVoicedTranslation();
  const text = useText();
  return (
    <WarningSignGroups
      groups={signGroups(
        ids.map((id) => listedSign(id)),
        t,
        text,
      )}
    />
  );
}

/** The same, inside a line of text (a glossary word's explanation): each level's words, then its signs. */
export function InlineWarningSigns({ ids }: { ids: readonly string[] }) {
  const { t } = useVoicedTranslation();
  const text = useText();
  return signGroups(
    ids.map((id) => listedSign(id)),
    t,
    text,
  ).map((group) => (
    <span key={group.level} className={`term-signs ${group.level}`}>
      {' '}
      <strong>{group.heading}</strong> {group.signs.map((sign) => sign.text).join('; ')}
    </span>
  ));
}
