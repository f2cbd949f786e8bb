import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './button.tsx';

interface RevealProps {
  /** The button that opens the panel, e.g. "Record a stage change". */
  label: string;
  variant?: 'primary' | 'secondary';
  /** Render prop: `close()` hides the panel and returns focus to the button. */
  children: (close: () => void) => ReactNode;
  className?: string;
}

/**
 * A button that opens a small form in place (a stage change, a note). Opening moves focus to the first field;
 * closing, whether cancelled or done, returns it to the button, so keyboard users never lose their place.
 */
export function Reveal({ label, variant = 'secondary', children, className }: RevealProps) {
  const [open, setOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) {
      panelRef.current
        ?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button')
        ?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };

  return (
    <div className={['reveal', className].filter(Boolean).join(' ')}>
      {open ? null : (
        <Button ref={buttonRef} variant={variant} onClick={() => setOpen(true)}>
          {label}
        </Button>
      )}
      <div ref={panelRef} className="reveal__panel" hidden={!open}>
        {open ? children(close) : null}
      </div>
    </div>
  );
}
