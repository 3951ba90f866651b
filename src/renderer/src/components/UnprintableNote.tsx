import { useTranslation } from 'react-i18next';
import { unprintableCharacters } from '@shared/handout/unprintable-characters';

/**
 * Under a field whose text reaches the handout: says which characters the handout cannot print, before it is
 * made, so the person can write them another way. Always there (empty when all is printable), so a screen
 * reader already watches it when the first such character is typed. The field points to it by `id`. Staff
 * editing clinic or checklist text get the same check, worded for them.
 */
export function UnprintableNote({
  id,
  text,
  forStaff = false,
}: {
  id: string;
  text: string;
  forStaff?: boolean;
}) {
  const { t } = useTranslation();
  const characters = unprintableCharacters(text);
  return (
    <p id={id} className="unprintable" role="status">
      {characters.length > 0 &&
        t(forStaff ? 'clinician:fields.unprintable' : 'unprintable.note', {
          characters: characters.join(' '),
        })}
    </p>
  );
}
