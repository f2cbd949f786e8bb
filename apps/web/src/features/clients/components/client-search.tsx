import { SearchForm } from '../../../components/search-form.tsx';

export function ClientSearch(props: {
  search: string | undefined;
  onSearch: (search: string | undefined) => void;
}) {
  return (
    <SearchForm
      name="Clients"
      label="Search clients"
      hint="A name, another name they are known by (in full), or a reference (crime, Home Office, NRM). Small typing mistakes are fine in the name we call them by; other names and references must be exact."
      {...props}
    />
  );
}
