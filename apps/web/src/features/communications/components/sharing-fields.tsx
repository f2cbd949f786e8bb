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

/**
 * Who something sent goes to, or who a call or meeting was with, when no directory agency says so: the
 * firewall decides by it.
 */
export function RecipientSelect({ form, spoken }: { form: SharingForm; spoken: boolean }) {
  const label = spoken ? 'Who they are' : 'Who it goes to';
  return (
    <SelectField
      label={label}
      hint={
        spoken
          ? 'Without an agency from the directory, say who they are: it decides whether the client’s consent covers what was said.'
          : 'Without an agency from the directory, say who it is for: it decides whether the client’s consent covers it.'
      }
      className="field--medium"
      error={form.formState.errors.recipientCategory?.message}
      {...form.register('recipientCategory')}
    >
      <option value="">{spoken ? 'Choose who they are' : 'Choose who it goes to'}</option>
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
  /** A call or meeting: what was said, rather than what is sent. */
  spoken: boolean;
  /** The limits the client set on their consents in force. */
  limits: readonly string[];
}

/**
 * Something sent, or a call or meeting: what it tells them about the client, and whether the client's consent lets it go. When the
 * firewall holds it back, the legal basis for sending it anyway, for a supervisor to approve.
 */
export function SharingPanel({
  form,
  status,
  checking,
  checkError,
  hasRecipient,
  spoken,
  limits,
}: SharingPanelProps) {
  const { errors } = form.formState;
  const blocked = status?.tone === 'blocked';
  let said;
  if (status) {
    said = (
      <>
        <strong className="sharing__lead">{status.lead}</strong> {status.text}
      </>
    );
  } else if (!hasRecipient) {
    said = spoken
      ? 'Choose the agency, or who they are, to see whether it may be shared.'
      : 'Choose the agency, or who it goes to, to see whether it may be sent.';
  } else if (checking) said = 'Checking whether it may be sent…';
  else if (checkError) {
    said = `Whether it may be sent could not be checked: ${errorMessage(checkError)} It is checked again when you log it.`;
  }
  return (
    <div className="sharing">
      <Fieldset
        legend="What it shares"
        hint={
          spoken
            ? 'What they were told about the client. It is recorded with the disclosure.'
            : 'What it tells them about the client. It is recorded with the disclosure.'
        }
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
      {status && limits.length > 0 ? (
        <div className="sharing__limits">
          <strong>The client’s limits:</strong>
          <ul>
            {limits.map((limit) => (
              <li key={limit} className="pre-line">
                {limit}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
