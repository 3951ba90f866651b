import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '@shared/schemas/store-notice';

/** Says plainly when saved clinic settings could not be used, what was kept of them, and where the old file is. */
export function StoreNotices({ notices }: { notices: readonly StoreNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (notices.length === 0 || dismissed) return null;
  return (
    <section className="notice" role="alert" aria-labelledby="store-notice-heading">
      <h2 id="store-notice-heading">
        {t(
          notices.every((n) => n.store === 'session')
            ? 'notices.sessionHeading'
            : 'notices.heading',
        )}
      </h2>
      {notices.map((notice) => (
        <div key={notice.backupPath}>
          <p>{t(notice.store === 'session' ? 'notices.session' : `notices.${notice.problem}`)}</p>
          {notice.salvaged.map((kept) => (
            <p key={kept}>{t(`notices.kept.${kept}`)}</p>
          ))}
          <p>
            {t(notice.memoryOnly ? 'notices.memoryOnly' : 'notices.backup')}{' '}
            <code dir="ltr">{notice.backupPath}</code>
          </p>
        </div>
      ))}
      <p>{t('notices.whatNext')}</p>
      <button type="button" className="secondary" onClick={() => setDismissed(true)}>
        {t('notices.dismiss')}
      </button>
    </section>
  );
}
