import { useState } from 'react';
import { Button } from './button.tsx';
import { TextField } from './field.tsx';

interface SearchFormProps {
  /** Names the search landmark, e.g. "Clients". */
  name: string;
  label: string;
  hint: string;
  search: string | undefined;
  onSearch: (search: string | undefined) => void;
}

/**
 * A search box whose words stay in the page, never in the address: names, e-mail addresses and references
 * must not land in a URL or the browser's history.
 */
export function SearchForm({ name, label, hint, search, onSearch }: SearchFormProps) {
  const [text, setText] = useState(search ?? '');
  return (
    <form
      role="search"
      aria-label={name}
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim() || undefined);
      }}
    >
      <TextField
        label={label}
        type="search"
        hint={hint}
        value={text}
        maxLength={100}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {search ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setText('');
              onSearch(undefined);
            }}
          >
            Clear search
          </Button>
        ) : null}
      </div>
    </form>
  );
}
