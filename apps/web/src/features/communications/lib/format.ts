import { CHANNEL_LABELS, type Channel, type Direction } from '@umbrella/domain';

const SENT_WORD: Record<Direction, string> = { outgoing: 'sent', incoming: 'received' };

/**
 * "Letter sent", "E-mail received"; a call or meeting has no direction in speech ("Phone call", "Meeting"),
 * so it says who started it: "Phone call made", "Phone call received".
 */
export function directionAndChannel(direction: Direction, channel: Channel): string {
  const label = CHANNEL_LABELS[channel];
  if (channel === 'phone_call') return `${label} ${direction === 'outgoing' ? 'made' : 'received'}`;
  if (channel === 'meeting') return label;
  return `${label} ${SENT_WORD[direction]}`;
}

/** `1536` -> `1.5 KB`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
