import { SearchForm } from '../../../components/search-form.tsx';

export function ClientSearch(props: {
  search: string | undefined;
  onSearch: (search: string | undefined) => void;
}) {
  return (
    <SearchForm
      name="Clients"
      label="Search clients"
      hint="A name, another name they are known by, or a reference (crime, Home Office, NRM). Small typing mistakes in names are fine."
      {...props}
    />
  );
}
