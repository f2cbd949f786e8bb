/** The "Languages" and "Interpreter" entries of a client's details list (`<dl>`): on the profile and the volunteer's card. */
export function LanguageDetails({
  languages,
  interpreterNeeded,
  interpreterLanguage,
}: {
  languages: readonly string[];
  interpreterNeeded: boolean;
  interpreterLanguage: string | null;
}) {
  return (
    <>
      <div>
        <dt>Languages</dt>
        <dd>{languages.length > 0 ? languages.join(', ') : 'Not recorded'}</dd>
      </div>
      <div>
        <dt>Interpreter</dt>
        <dd>
          {interpreterNeeded
            ? `Needed${interpreterLanguage ? `: ${interpreterLanguage}` : ''}`
            : 'Not needed'}
        </dd>
      </div>
    </>
  );
}
