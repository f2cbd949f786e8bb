/** The secret in groups of four, easier to type into an app by hand: "ABCD EFGH IJKL …". */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

export function TotpSecret({ secret }: { secret: string }) {
  return (
    <code className="totp-secret" data-testid="totp-secret" translate="no">
      {groupSecret(secret)}
    </code>
  );
}
