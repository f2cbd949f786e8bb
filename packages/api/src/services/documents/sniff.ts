import type { SniffedContent } from '@umbrella/domain';
import { fileTypeFromBuffer } from 'file-type';

const decoder = new TextDecoder('utf-8', { fatal: true });
// Tab, line feed, form feed and carriage return are text; other control characters are not.
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const MARKUP = /<\s*(!doctype\s+html|html|script|svg|iframe|object|embed|body|head|meta|\?xml)\b/i;

/** What a file's bytes are, by their signature (file-type) or, without one, whether they are plain text. */
export async function sniffContent(bytes: Uint8Array): Promise<SniffedContent> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return { detectedMime: detected.mime, isText: false, looksLikeMarkup: false };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { detectedMime: null, isText: false, looksLikeMarkup: false };
  }
  return {
    detectedMime: null,
    isText: !CONTROL.test(text),
    looksLikeMarkup: MARKUP.test(text.slice(0, 4096)),
  };
}
