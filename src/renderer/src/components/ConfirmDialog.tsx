import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

interface Request {
  message: string;
  confirmLabel: string;
  /** More for the person to know before choosing, under the message. */
  details: ReactNode;
  resolve: (confirmed: boolean) => void;
}

/**
 * Asks before anything the person entered is thrown away. A modal <dialog>: focus stays inside it, Escape and
 * "Keep it" keep everything, and "Keep it" has the focus, so a stray Enter never discards.
 */
export function useConfirm(): {
  confirm: (message: string, confirmLabel: string, details?: ReactNode) => Promise<boolean>;
  dialog: ReactNode;
} {
  const [request, setRequest] = useState<Request | null>(null);
  const confirm = useCallback(
    (message: string, confirmLabel: string, details: ReactNode = null) =>
      new Promise<boolean>((resolve) => setRequest({ message, confirmLabel, details, resolve })),
    [],
  );
  const close = (confirmed: boolean) => {
    request?.resolve(confirmed);
    setRequest(null);
  };
  return {
    confirm,
    dialog: request && (
      <ConfirmDialog
        message={request.message}
        confirmLabel={request.confirmLabel}
        details={request.details}
        onClose={close}
      />
    ),
  };
}

function ConfirmDialog({
  message,
  confirmLabel,
  details,
  onClose,
}: {
  message: string;
  confirmLabel: string;
  details: ReactNode;
  onClose: (confirmed: boolean) => void;
}) {
  const { t } = useTranslation();
  const keepRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      heading={t('confirm.heading')}
      message={message}
      initialFocus={keepRef}
      onCancel={() => onClose(false)}
    >
      {details}
      <div className="actions">
        <button ref={keepRef} type="button" className="primary" onClick={() => onClose(false)}>
          {t('confirm.keep')}
        </button>
        <button type="button" className="secondary danger" onClick={() => onClose(true)}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
