import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

export interface ModalDialogProps {
  heading: string;
  message: string;
  /** The control that has the focus when the dialog opens: the safe choice. */
  initialFocus: RefObject<HTMLButtonElement | null>;
  /** Escape: the same as the safe choice. */
  onCancel: () => void;
  className?: string;
  children: ReactNode;
}

/** A modal <dialog>: opened at once, focus kept inside it, named by its heading and described by its message. */
export function ModalDialog({
  heading,
  message,
  initialFocus,
  onCancel,
  className,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const ids = { heading: useId(), message: useId() };
  useEffect(() => {
    ref.current?.showModal();
    initialFocus.current?.focus();
  }, [initialFocus]);
  return (
    <dialog
      ref={ref}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      aria-labelledby={ids.heading}
      aria-describedby={ids.message}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={ids.heading}>{heading}</h2>
      <p id={ids.message}>{message}</p>
      {children}
    </dialog>
  );
}
