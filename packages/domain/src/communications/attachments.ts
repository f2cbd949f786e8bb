/** Largest attachment accepted, in bytes. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Most attachments on one communication. */
export const MAX_ATTACHMENTS = 10;
export const MAX_FILENAME_LENGTH = 200;

/**
 * The kinds of file a caseworker attaches (letters, scans, photos of letters, e-mails saved as text), each
 * with the extensions a file of that kind may carry. Anything else is refused: a file is served back to
 * other staff, so nothing executable or renderable as a page is kept.
 */
export const ATTACHMENT_TYPES = [
  { mime: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
  { mime: 'image/jpeg', label: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  { mime: 'image/png', label: 'PNG image', extensions: ['png'] },
  { mime: 'image/webp', label: 'WebP image', extensions: ['webp'] },
  { mime: 'image/heic', label: 'HEIC photo', extensions: ['heic'] },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
    extensions: ['docx'],
  },
  { mime: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text', extensions: ['odt'] },
  { mime: 'application/msword', label: 'Word 97-2003 document', extensions: ['doc'] },
  { mime: 'application/rtf', label: 'Rich text', extensions: ['rtf'] },
  { mime: 'text/plain', label: 'Plain text', extensions: ['txt', 'eml'] },
] as const;

export type AttachmentMime = (typeof ATTACHMENT_TYPES)[number]['mime'];

/** The `accept` attribute of a file input. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');

/** What the content turned out to be, by its bytes (the server's sniffer fills this in). */
export interface SniffedContent {
  /** The MIME type recognised from the file's signature, or null when it has none (text has none). */
  detectedMime: string | null;
  /** True when the bytes are UTF-8 text without control characters. */
  isText: boolean;
  /** True when text looks like a web page or script (refused even as .txt). */
  looksLikeMarkup: boolean;
}

export type AttachmentCheck =
  { ok: true; mime: AttachmentMime; filename: string } | { ok: false; message: string };

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

/** Control characters, path separators and quotes out of a file name; the extension kept. */
export function cleanFilename(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"\\/:*?<>|]+/g, ' ')
    // Direction marks and overrides can make "gpj.exe" read as "exe.jpg": removed.
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length <= MAX_FILENAME_LENGTH) return cleaned;
  const ext = extensionOf(cleaned);
  return `${cleaned.slice(0, MAX_FILENAME_LENGTH - ext.length - 1)}.${ext}`;
}

/**
 * Accepts a file only when its content is one of the allowed kinds and its name's extension matches what the
 * content is: a program renamed `letter.pdf` is refused, and so is a PDF renamed `photo.jpg`.
 */
export function checkAttachment(filename: string, size: number, content: SniffedContent): AttachmentCheck {
  const name = cleanFilename(filename);
  if (!name || name.startsWith('.')) return { ok: false, message: 'The file needs a name.' };
  if (size === 0) return { ok: false, message: 'The file is empty.' };
  if (size > MAX_ATTACHMENT_BYTES) {
    return {
      ok: false,
      message: `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB. It was not attached.`,
    };
  }
  const ext = extensionOf(name);
  const claimed = ATTACHMENT_TYPES.find((t) => (t.extensions as readonly string[]).includes(ext));
  if (!claimed) {
    const allowed = ATTACHMENT_TYPES.flatMap((t) => t.extensions).join(', ');
    return { ok: false, message: `Files of this kind cannot be attached. Allowed: ${allowed}.` };
  }
  const detected = content.detectedMime;
  const actual = detected
    ? ATTACHMENT_TYPES.find((t) => t.mime === normaliseDetected(detected, ext))
    : content.isText && !content.looksLikeMarkup
      ? ATTACHMENT_TYPES.find((t) => t.mime === 'text/plain')
      : undefined;
  if (!actual || actual.mime !== claimed.mime) {
    return {
      ok: false,
      message: `The file’s name ends in .${ext} (${claimed.label}) but its content is not that kind of file. It was not attached.`,
    };
  }
  return { ok: true, mime: actual.mime, filename: name };
}

/** The sniffer reports old Office files as a generic compound file; only .doc is accepted as one. */
function normaliseDetected(detected: string, ext: string): string {
  if (detected === 'application/x-cfb' && ext === 'doc') return 'application/msword';
  if (detected === 'image/heif' || detected === 'image/heic-sequence') return 'image/heic';
  return detected;
}
