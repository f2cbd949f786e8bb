import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './button.tsx';

interface ConfirmActionProps {
  /** The button that asks first, e.g. "Deactivate user". */
  label: string;
  /** What will happen, shown with the confirm and cancel buttons. */
  question: ReactNode;
  confirmLabel: string;
  /** The button that steps back without doing it ("Cancel" unless said, e.g. when the action is a cancel). */
  cancelLabel?: string;
  busyLabel?: string;
  variant?: 'primary' | 'danger';
  busy: boolean;
  /** Resolves when done; a rejection keeps the question open (the caller shows the error). */
  onConfirm: () => Promise<unknown>;
}

/** A destructive action behind a second, explicit step. Focus moves to the question and back on cancel. */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  cancelLabel = 'Cancel',
  busyLabel = 'Saving…',
  variant = 'danger',
  busy,
  onConfirm,
}: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [open]);

  if (!open) {
    return (
      <Button
        ref={triggerRef}
        variant={variant === 'danger' ? 'danger' : 'secondary'}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <div id={questionId} className="confirm__question">
        {question}
      </div>
      <div className="button-row">
        <Button
          ref={confirmRef}
          variant={variant}
          busy={busy}
          busyLabel={busyLabel}
          onClick={() => {
            onConfirm().then(
              () => setOpen(false),
              () => undefined,
            );
          }}
        >
          {confirmLabel}
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        >
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
