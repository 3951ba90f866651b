import { useTranslation } from 'react-i18next';
import { endSession } from '../app/end-session';
import { useConfirm } from './ConfirmDialog';

/**
 * Ends the session for good, asked first: at home "delete my information", in a kiosk "I'm finished". Either way
 * everything the person entered is erased from this computer and the app starts again.
 */
export function DeleteMyInformation({ kiosk }: { kiosk: boolean }) {
  const { t } = useTranslation();
  const { confirm, dialog } = useConfirm();
  const words = kiosk ? { button: 'kiosk.finish', message: 'kiosk.confirmFinish', action: 'kiosk.finishAction' } : { button: 'home.delete', message: 'home.confirmDelete', action: 'home.deleteAction' };
  const run = async () => {
    if (await confirm(t(words.message), t(words.action))) await endSession(kiosk);
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
