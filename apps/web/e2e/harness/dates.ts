/** A calendar date `days` from today in London, as `YYYY-MM-DD` (what a date input takes). */
export function londonDate(days = 0): string {
  const format = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/London',
  });
  return format.format(new Date(Date.now() + days * 86_400_000));
}
