import { useState } from 'react';
import { Page } from '../../../components/page.tsx';
import { CommunicationResults } from '../components/communication-results.tsx';
import { CommunicationSearchForm } from '../components/communication-search-form.tsx';
import '../communication-search.css';

/** The shortest search the server accepts. */
const MIN_LENGTH = 2;

/** `/communications`: full-text search across the communications of every client the caller may open. */
export function CommunicationSearchPage() {
  // Kept in the page, not the address: the words (often names or references) must not end up in a URL.
  const [search, setSearch] = useState<string | undefined>();

  return (
    <Page title="Search communications">
      <p>Find a letter, e-mail, call or meeting by what it said, whichever client it was for.</p>
      <CommunicationSearchForm search={search} onSearch={setSearch} />
      {search === undefined ? null : search.length < MIN_LENGTH ? (
        <p role="status">Enter at least {MIN_LENGTH} characters to search.</p>
      ) : (
        <CommunicationResults search={search} />
      )}
    </Page>
  );
}
