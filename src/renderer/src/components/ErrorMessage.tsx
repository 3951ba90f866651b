import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';

/** A failed call, in plain words of the reader's language; the technical message stays in main's log. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiCallError ? error.code : 'failed';
  return (
    <p className="error" role="alert">
      {t(`errors.${code}`)}
    </p>
  );
}
