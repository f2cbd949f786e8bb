/**
 * The timeline's note when a client's key worker changes: "Key worker changed from Joanna Mensah to Tomasz
 * Nowak." and " Reason: …" when one is given. Staff names only; `null` is no one.
 */
export function keyWorkerChangeNote(from: string | null, to: string | null, reason: string | null): string {
  const sentence = `Key worker changed from ${from ?? 'no one'} to ${to ?? 'no one'}.`;
  return reason ? `${sentence} Reason: ${reason}` : sentence;
}
