import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { forgetPatient } from '../app/forget-patient';
import { useConfirm } from './ConfirmDialog';

/** Where this person's saved handouts are: deleting the answers does not delete those files. */
function SavedHandouts({ paths }: { paths: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="saved-handouts">
      <p>{t('home.savedHandouts')}</p>
      <ul>
        {paths.map((file) => (
          <li key={file} dir="ltr">
            {file}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Ends the session for good, asked first: at home "delete my information", in a kiosk "I'm finished". Either way
 * everything the person entered is erased from this computer and the app starts again. At home it says that
 * handouts saved as files stay where they were saved, and lists those saved since the app started.
 */
export function DeleteMyInformation({ kiosk }: { kiosk: boolean }) {
  const { t } = useTranslation();
  const { confirm, dialog } = useConfirm();
  const words = kiosk
    ? { button: 'kiosk.finish', message: 'kiosk.confirmFinish', action: 'kiosk.finishAction' }
    : { button: 'home.delete', message: 'home.confirmDelete', action: 'home.deleteAction' };
  const run = async () => {
    // A kiosk never saves a handout. Should main not answer, the message still says saved files stay.
    const saved = kiosk
      ? []
      : await call('listSavedHandouts').then(
          ({ paths }) => paths,
          () => [],
        );
    if (
      await confirm(
        t(words.message),
        t(words.action),
        saved.length > 0 ? <SavedHandouts paths={saved} /> : null,
      )
    )
      await forgetPatient(kiosk);
  };
  return (
    <div className="delete-my-information">
      <button type="button" className="secondary danger" onClick={() => void run()}>
        {t(words.button)}
      </button>
      {dialog}
    </div>
  );
}
