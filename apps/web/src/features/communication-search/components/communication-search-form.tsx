import { SearchForm } from '../../../components/search-form.tsx';

export function CommunicationSearchForm(props: {
  search: string | undefined;
  onSearch: (search: string | undefined) => void;
}) {
  return (
    <SearchForm
      name="Communications"
      label="Search communications"
      hint='Words in the subject or text of letters, e-mails, forms, faxes, calls and meetings, for every client you may open. Put words in quotes, like "home office", to find them together; put a minus before a word, like -draft, to leave out communications that contain it.'
      {...props}
    />
  );
}
