import {
  INFORMATION_CATEGORIES,
  INFORMATION_CATEGORY_LABELS,
  LEGAL_BASES,
  LEGAL_BASIS_LABELS,
  RECIPIENT_CATEGORY_LABELS,
} from '@umbrella/domain';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { CheckboxField, Fieldset, SelectField, TextAreaField } from '../../../components/field.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { RECIPIENT_CHOICES } from '../lib/log-form.ts';
import type { SharingStatus } from '../lib/sharing.ts';
import '../sharing.css';

type SharingField = 'recipientCategory' | 'informationShared' | 'legalBasis' | 'basisDetails';

interface SharingForm {
  register: (name: SharingField) => UseFormRegisterReturn;
  formState: { errors: Partial<Record<SharingField, { message?: string | undefined } | undefined>> };
}

/** Who something sent goes to, when no directory agency says so. */
export function RecipientSelect({ form }: { form: SharingForm }) {
  return (
    <SelectField
      label="Who it goes to"
      hint="Without an agency from the directory, say who it is for: it decides whether the client’s consent covers it."
      className="field--medium"
      error={form.formState.errors.recipientCategory?.message}
      {...form.register('recipientCategory')}
    >
      <option value="">Choose who it goes to</option>
      {RECIPIENT_CHOICES.map((category) => (
        <option key={category} value={category}>
          {RECIPIENT_CATEGORY_LABELS[category]}
        </option>
      ))}
    </SelectField>
  );
}

interface SharingPanelProps {
  form: SharingForm;
  /** What the firewall says now; null until there is someone to ask about. */
  status: SharingStatus | null;
  /** The check is on its way, or failed. */
  checking: boolean;
  checkError: unknown;
  /** Whether an agency or a kind of recipient has been chosen. */
  hasRecipient: boolean;
}

/**
 * Something sent: what it tells them about the client, and whether the client's consent lets it go. When the
 * firewall holds it back, the legal basis for sending it anyway, for a supervisor to approve.
 */
export function SharingPanel({ form, status, checking, checkError, hasRecipient }: SharingPanelProps) {
  const { errors } = form.formState;
  const blocked = status?.tone === 'blocked';
  let said;
  if (status) {
    said = (
      <>
        <strong className="sharing__lead">{status.lead}</strong> {status.text}
      </>
    );
  } else if (!hasRecipient) said = 'Choose the agency, or who it goes to, to see whether it may be sent.';
  else if (checking) said = 'Checking whether it may be sent…';
  else if (checkError) {
    said = `Whether it may be sent could not be checked: ${errorMessage(checkError)} It is checked again when you log it.`;
  }
  return (
    <div className="sharing">
      <Fieldset
        legend="What it shares"
        hint="What it tells them about the client. It is recorded with the disclosure."
        error={errors.informationShared?.message}
        className="fieldset--group"
      >
        <div className="checkbox-grid">
          {INFORMATION_CATEGORIES.map((category) => (
            <CheckboxField
              key={category}
              label={INFORMATION_CATEGORY_LABELS[category]}
              value={category}
              {...form.register('informationShared')}
            />
          ))}
        </div>
      </Fieldset>
      <div role="status" className={`sharing__status sharing__status--${status?.tone ?? 'unknown'}`}>
        {said}
      </div>
      {blocked ? (
        <>
          <SelectField
            label="Legal basis"
            error={errors.legalBasis?.message}
            {...form.register('legalBasis')}
          >
            <option value="">Choose the legal basis</option>
            {LEGAL_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {LEGAL_BASIS_LABELS[basis]}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label="Details of the legal basis"
            hint="Why it applies here: who is at risk and how, the crime, or the court order or law that requires it."
            rows={4}
            error={errors.basisDetails?.message}
            {...form.register('basisDetails')}
          />
        </>
      ) : null}
    </div>
  );
}
