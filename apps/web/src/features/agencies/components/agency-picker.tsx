import { useQuery } from '@tanstack/react-query';
import { AGENCY_CATEGORY_LABELS, isImmigrationEnforcement, type AgencyCategory } from '@umbrella/domain';
import { useId, useRef, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Fieldset } from '../../../components/field.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useTRPC } from '../../../trpc.ts';
import { ImmigrationWarning } from './immigration-warning.tsx';

export interface AgencyRef {
  id: string;
  name: string;
  category?: AgencyCategory | undefined;
}

interface AgencyPickerProps {
  legend: string;
  hint?: string;
  /** The agencies chosen so far. */
  value: readonly AgencyRef[];
  onChange: (value: AgencyRef[]) => void;
  /** One agency (a matter's counterpart) or several (the agencies that know a client by a name). */
  multiple?: boolean;
  /** Offer only this category, e.g. police forces. */
  category?: AgencyCategory;
  error?: string | undefined;
  searchLabel?: string;
}

function focusOnMount(element: HTMLButtonElement | null) {
  element?.focus();
}

const RESULTS = 8;

/**
 * Choosing agencies from the directory by searching it. Built from plain buttons and a search box, so it
 * works with a keyboard and a screen reader without any custom widget roles.
 */
export function AgencyPicker({
  legend,
  hint,
  value,
  onChange,
  multiple = false,
  category,
  error,
  searchLabel = 'Search the agency directory',
}: AgencyPickerProps) {
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const searchRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const inputId = useId();
  const canAdd = multiple || value.length === 0;
  const active = canAdd && (search.length > 0 || category !== undefined);
  const query = useQuery({
    ...trpc.agencies.list.queryOptions({ search: search || undefined, category, limit: RESULTS }),
    enabled: active,
  });
  const chosen = new Set(value.map((a) => a.id));
  const results = (query.data?.items ?? []).filter((a) => !chosen.has(a.id));

  // After a single choice the search box goes away: focus moves to the chosen agency's Remove button.
  const [focusRemoveOf, setFocusRemoveOf] = useState<string | null>(null);
  const add = (agency: AgencyRef) => {
    onChange(multiple ? [...value, agency] : [agency]);
    setText('');
    if (multiple) searchRef.current?.focus();
    else setFocusRemoveOf(agency.id);
  };

  let status = '';
  if (active && query.isFetching) status = 'Searching…';
  else if (active && query.data) {
    status = results.length === 0 ? 'No agencies found.' : `${results.length} found. Choose one below.`;
  } else if (active && query.isError) status = 'The directory could not be searched. Try again.';

  return (
    <Fieldset legend={legend} hint={hint} error={error} small className="agency-picker">
      {value.length > 0 ? (
        <ul className="chip-list" aria-label={multiple ? 'Chosen agencies' : 'Chosen agency'}>
          {value.map((agency) => (
            <li key={agency.id} className="chip">
              <span>{agency.name}</span>
              {agency.category && isImmigrationEnforcement(agency.category) ? <ImmigrationWarning /> : null}
              <Button
                variant="link"
                className="chip__remove"
                ref={agency.id === focusRemoveOf ? focusOnMount : undefined}
                onClick={() => {
                  onChange(value.filter((a) => a.id !== agency.id));
                  searchRef.current?.focus();
                }}
              >
                Remove<span className="visually-hidden"> {agency.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{multiple ? 'No agencies chosen.' : 'No agency chosen.'}</p>
      )}
      {canAdd ? (
        <div className="agency-picker__search">
          <label htmlFor={inputId} className="field__label">
            {searchLabel}
          </label>
          <input
            id={inputId}
            ref={searchRef}
            type="search"
            className="field__input"
            value={text}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={statusId}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // Enter searches here; it must not submit the form around the picker.
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
          <p id={statusId} className="field__hint" role="status">
            {status}
          </p>
          {active && results.length > 0 ? (
            <ul className="agency-picker__results">
              {results.map((agency) => (
                <li key={agency.id}>
                  <Button
                    variant="secondary"
                    className="button--small"
                    onClick={() => add({ id: agency.id, name: agency.name, category: agency.category })}
                  >
                    Choose<span className="visually-hidden"> {agency.name}</span>
                  </Button>
                  <span className="agency-picker__name">
                    {agency.name} <span className="muted">({AGENCY_CATEGORY_LABELS[agency.category]})</span>
                  </span>
                  {agency.isImmigrationEnforcement ? <ImmigrationWarning /> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </Fieldset>
  );
}
