import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';

interface ClientSearchProps {
  search: string | undefined;
  onSearch: (search: string | undefined) => void;
}

/** The search stays in the page (never in the address), so no name or reference lands in a URL or history. */
export function ClientSearch({ search, onSearch }: ClientSearchProps) {
  const [text, setText] = useState(search ?? '');
  return (
    <form
      role="search"
      aria-label="Clients"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim() || undefined);
      }}
    >
      <TextField
        label="Search clients"
        type="search"
        hint="A name, another name they are known by, or a reference (crime, Home Office, NRM). Small typing mistakes in names are fine."
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
