import type { ComponentProps } from 'react';
import { Button } from '../../../components/button.tsx';

interface FormButtonsProps extends Omit<ComponentProps<typeof Button>, 'type' | 'variant'> {
  /** The save is on its way: the submit button says so, and Cancel waits for it. */
  busy: boolean;
  onCancel: () => void;
}

/**
 * The foot of the inline forms on a communication: submit (its words are the children, other props go to it)
 * and Cancel.
 */
export function FormButtons({ busy, onCancel, ...submit }: FormButtonsProps) {
  return (
    <div className="button-row">
      <Button type="submit" busy={busy} {...submit} />
      <Button variant="secondary" onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
    </div>
  );
}
