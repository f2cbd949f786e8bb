export function Pending({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="pending" role="status">
      {label}
    </p>
  );
}
