import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';

interface UserSearchProps {
  search: string | undefined;
  onSearch: (search: string | undefined) => void;
}

/** The search stays in the page (never in the address), so no name or e-mail lands in a URL. */
export function UserSearch({ search, onSearch }: UserSearchProps) {
  const [text, setText] = useState(search ?? '');
  return (
    <form
      role="search"
      aria-label="Users"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        const value = text.trim();
        onSearch(value || undefined);
      }}
    >
      <TextField
        label="Search"
        type="search"
        hint="Part of a name or e-mail address"
        value={text}
        maxLength={100}
        spellCheck={false}
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
