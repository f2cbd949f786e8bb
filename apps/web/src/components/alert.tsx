import type { ReactNode } from 'react';

type Tone = 'error' | 'info' | 'success';

interface AlertProps {
  tone?: Tone;
  title?: string;
  children: ReactNode;
}

/** Errors interrupt (role="alert"); good news and notices are announced politely (role="status"). */
export function Alert({ tone = 'error', title, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="alert__title">{title}</p> : null}
      <div className="alert__body">{children}</div>
    </div>
  );
}
