import { useId, type ComponentProps, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** Ids for a control's hint and error, joined for aria-describedby. */
function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}

function FieldMessages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint: ReactNode;
  hintId?: string | undefined;
  error?: string | undefined;
  errorId?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

type FieldIds = ReturnType<typeof useFieldIds>;

/** A labelled control: the wrapper, label, hint and error shared by text, select and textarea fields. */
function LabelledField({
  ids,
  label,
  hint,
  error,
  className,
  children,
}: FieldProps & { ids: FieldIds; className?: string | undefined; children: ReactNode }) {
  return (
    <div className={['field', error ? 'field--error' : '', className].filter(Boolean).join(' ')}>
      <label htmlFor={ids.controlId} className="field__label">
        {label}
      </label>
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
      {children}
    </div>
  );
}

/** The attributes tying a control to its label, hint and error. */
function controlProps(ids: FieldIds, error: string | undefined) {
  return { id: ids.controlId, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids.describedBy };
}

export function TextField({
  label,
  hint,
  error,
  id,
  className,
  ...input
}: FieldProps & ComponentProps<'input'>) {
  const ids = useFieldIds(id, hint, error);
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} className={className}>
      <input {...controlProps(ids, error)} className="field__input" {...input} />
    </LabelledField>
  );
}

export function SelectField({
  label,
  hint,
  error,
  id,
  className,
  children,
  ...select
}: FieldProps & ComponentProps<'select'>) {
  const ids = useFieldIds(id, hint, error);
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} className={className}>
      <select {...controlProps(ids, error)} className="field__select" {...select}>
        {children}
      </select>
    </LabelledField>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  id,
  className,
  ...input
}: FieldProps & ComponentProps<'input'>) {
  const ids = useFieldIds(id, hint, error);
  return (
    <div
      className={['field', 'field--checkbox', error ? 'field--error' : '', className]
        .filter(Boolean)
        .join(' ')}
    >
      <input {...controlProps(ids, error)} type="checkbox" className="field__checkbox" {...input} />
      <div>
        <label htmlFor={ids.controlId} className="field__label">
          {label}
        </label>
        <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
      </div>
    </div>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  id,
  className,
  ...textarea
}: FieldProps & ComponentProps<'textarea'>) {
  const ids = useFieldIds(id, hint, error);
  return (
    <LabelledField ids={ids} label={label} hint={hint} error={error} className={className}>
      <textarea {...controlProps(ids, error)} className="field__textarea" rows={4} {...textarea} />
    </LabelledField>
  );
}

interface FieldsetProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  /** A legend styled as a small label (for groups inside a larger form) rather than a heading. */
  small?: boolean;
  children: ReactNode;
}

/** A group of related controls (checkboxes, radios, a repeated row) named by its legend. */
export function Fieldset({ legend, hint, error, className, small = false, children }: FieldsetProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={['fieldset', error ? 'fieldset--error' : '', className].filter(Boolean).join(' ')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className={small ? 'fieldset__legend fieldset__legend--small' : 'fieldset__legend'}>
        {legend}
      </legend>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
    </fieldset>
  );
}
