import { useEffect, useState } from 'react';
import { Alert } from './alert.tsx';

let pending: string | null = null;

/** A message for the next page shown, e.g. "The client has been added." after saving and moving on. */
export function setFlash(message: string): void {
  pending = message;
}

/** Shows the message left by `setFlash` once, on the page that was navigated to. */
export function FlashNotice() {
  const [message] = useState(() => pending);
  useEffect(() => {
    pending = null;
  }, []);
  return message ? <Alert tone="success">{message}</Alert> : null;
}
