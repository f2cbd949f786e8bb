import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/field.tsx';

/** Searching changes the address (`?search=`), so the back button and reloads keep the search. */
export function UserSearch({ search }: { search: string | undefined }) {
  const navigate = useNavigate();
  const [text, setText] = useState(search ?? '');
  return (
    <form
      role="search"
      aria-label="Users"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        const value = text.trim();
        void navigate({ to: '/admin/users', search: value ? { search: value } : {} });
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
          <Link to="/admin/users" search={{}}>
            Clear search
          </Link>
        ) : null}
      </div>
    </form>
  );
}
