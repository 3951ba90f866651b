import { useTranslation } from 'react-i18next';
import { unprintableCharacters } from '../../../shared/handout/unprintable-characters';

/**
 * Under a field whose text reaches the handout: says which characters the handout cannot print, before it is
 * made, so the person can write them another way. Always there (empty when all is printable), so a screen
 * reader already watches it when the first such character is typed. The field points to it by `id`.
 */
export function UnprintableNote({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const characters = unprintableCharacters(text);
  return (
    <p id={id} className="unprintable" role="status">
      {characters.length > 0 && t('unprintable.note', { characters: characters.join(' ') })}
    </p>
  );
}
