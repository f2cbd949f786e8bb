import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import {
  ATTACHMENT_ACCEPT,
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  SHARING_CATEGORIES,
} from '@umbrella/domain';
import { useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, Fieldset, TextAreaField, TextField } from '../../../components/field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { formatCalendarDate, todayInLondon } from '../../../lib/dates.ts';
import { fieldErrors } from '../../../lib/errors.ts';
import { applyFieldErrors } from '../../../lib/forms.ts';
import { useTRPC } from '../../../trpc.ts';
import { formatFileSize } from '../../communications/lib/format.ts';
import {
  blankConsent,
  CONSENT_FIELDS,
  consentFormSchema,
  consentRecordedText,
  sharingCategoryLabel,
  toRecordConsentInput,
} from '../lib/consent-form.ts';
import { useRefreshConsents } from '../lib/use-consent-cache.ts';
import { useSignedForm } from '../lib/use-signed-form.ts';

interface RecordConsentFormProps {
  personId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * What the client agreed may be shared, with which kinds of agency, how and when they agreed, and any limits
 * they set; for written consent, the signed form. A consent is never edited: a change is a new consent (and
 * the old one withdrawn).
 */
export function RecordConsentForm({ personId, onDone, onCancel }: RecordConsentFormProps) {
  const trpc = useTRPC();
  const refresh = useRefreshConsents();
  const today = useMemo(() => todayInLondon(), []);
  const schema = useMemo(() => consentFormSchema(today), [today]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: blankConsent(today) });
  const { errors } = form.formState;
  const written = form.watch('method') === 'written';
  const signed = useSignedForm(personId);
  const fileRef = useRef<HTMLInputElement>(null);
  const waitId = useId();

  const record = useMutation(
    trpc.consents.record.mutationOptions({
      onSuccess: async (consent) => {
        await refresh(personId);
        onDone(consentRecordedText(consent));
      },
      onError: (error) => applyFieldErrors(error, form.setError, CONSENT_FIELDS),
    }),
  );
  const documentError = [signed.refused, fieldErrors(record.error).documentId?.[0]].filter(Boolean).join(' ');

  return (
    <form
      noValidate
      className="inline-form consent-form"
      aria-label="Record consent"
      onSubmit={form.handleSubmit((values) => {
        if (signed.uploading) return;
        record.mutate(toRecordConsentInput(values, personId, signed.storedId));
      })}
    >
      <FormError error={record.error} fields={[...CONSENT_FIELDS, 'documentId']} />
      <Fieldset
        legend="Who the client agreed their information may be shared with"
        hint="Tick each kind of agency they agreed to. Immigration Enforcement is never one of them: sending anything there always needs a supervisor’s approval."
        error={errors.categories?.message}
        className="fieldset--group"
      >
        <div className="checkbox-grid">
          {SHARING_CATEGORIES.map((category) => (
            <CheckboxField
              key={category}
              label={sharingCategoryLabel(category)}
              value={category}
              {...form.register('categories')}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset legend="How they gave it" small error={errors.method?.message}>
        <div className="radio-row">
          {CONSENT_METHODS.map((value) => (
            <label key={value} className="radio">
              <input type="radio" value={value} {...form.register('method')} /> {CONSENT_METHOD_LABELS[value]}
            </label>
          ))}
        </div>
      </Fieldset>
      <TextField
        label="Date given"
        type="date"
        max={today}
        className="field--medium"
        hint={`The day the client agreed: today (${formatCalendarDate(today)}) or earlier.`}
        error={errors.givenOn?.message}
        {...form.register('givenOn')}
      />
      {written ? (
        <div className="attachments">
          <TextField
            ref={fileRef}
            label="Signed consent form (optional)"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            hint="A scan or photo of the form they signed. It is uploaded as soon as you choose it."
            error={documentError || undefined}
            onChange={(event) => {
              signed.choose(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          <p role="status" className="attachments__status">
            {signed.uploading ? 'Uploading the signed form…' : ''}
          </p>
          {signed.file ? (
            <p className="attachments__item">
              <span className="attachments__name">{signed.file.name}</span>{' '}
              <span className="muted">
                ({formatFileSize(signed.file.size)}){signed.file.id ? '' : ' — uploading…'}
              </span>{' '}
              <Button
                variant="link"
                className="button--small"
                onClick={() => {
                  signed.remove();
                  fileRef.current?.focus();
                }}
              >
                Remove<span className="visually-hidden"> {signed.file.name}</span>
              </Button>
            </p>
          ) : null}
        </div>
      ) : null}
      <TextAreaField
        label="Any limits (optional)"
        hint="For example: only about the police report; not their address."
        rows={3}
        error={errors.scope?.message}
        {...form.register('scope')}
      />
      <div className="button-row">
        <Button
          type="submit"
          busy={record.isPending}
          busyLabel="Recording…"
          disabled={signed.uploading}
          aria-describedby={signed.uploading ? waitId : undefined}
        >
          Record consent
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={record.isPending}>
          Cancel
        </Button>
      </div>
      {signed.uploading ? (
        <p id={waitId} className="muted">
          Wait for the signed form to finish uploading.
        </p>
      ) : null}
    </form>
  );
}
