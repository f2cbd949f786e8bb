import { SearchForm } from '../../../components/search-form.tsx';

export function UserSearch(props: {
  search: string | undefined;
  onSearch: (search: string | undefined) => void;
}) {
  return <SearchForm name="Users" label="Search" hint="Part of a name or e-mail address" {...props} />;
}
