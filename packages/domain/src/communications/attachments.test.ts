import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_TYPES,
  checkAttachment,
  cleanFilename,
  MAX_ATTACHMENT_BYTES,
  MAX_FILENAME_LENGTH,
  type SniffedContent,
} from './attachments.ts';

/** What the server's sniffer reports for a file whose bytes carry this signature. */
const detected = (mime: string): SniffedContent => ({
  detectedMime: mime,
  isText: false,
  looksLikeMarkup: false,
});
const plainText: SniffedContent = { detectedMime: null, isText: true, looksLikeMarkup: false };
const markup: SniffedContent = { detectedMime: null, isText: true, looksLikeMarkup: true };
const binaryWithoutSignature: SniffedContent = { detectedMime: null, isText: false, looksLikeMarkup: false };

/** The sniffer's report for genuine content of each allowed kind (old Word files are generic compound files). */
function genuine(mime: string): SniffedContent {
  if (mime === 'text/plain') return plainText;
  if (mime === 'application/msword') return detected('application/x-cfb');
  return detected(mime);
}

const refusedAsDisguised = (name: string, claimed: string) => ({
  ok: false,
  message: `The file’s name ends in ${name.slice(name.lastIndexOf('.'))} (${claimed}) but its content is not that kind of file. It was not attached.`,
});

describe('checkAttachment', () => {
  const everyExtension = ATTACHMENT_TYPES.flatMap((type) =>
    type.extensions.map((extension) => [extension, type.mime] as const),
  );

  it.each(everyExtension)('accepts a genuine .%s as %s', (extension, mime) => {
    expect(checkAttachment(`Letter from the council.${extension}`, 2048, genuine(mime))).toEqual({
      ok: true,
      mime,
      filename: `Letter from the council.${extension}`,
    });
  });

  it('matches extensions whatever their case', () => {
    expect(checkAttachment('SCAN.PDF', 10, detected('application/pdf'))).toMatchObject({
      ok: true,
      mime: 'application/pdf',
      filename: 'SCAN.PDF',
    });
  });

  it('offers every allowed extension to the file picker', () => {
    expect(ATTACHMENT_ACCEPT.split(',')).toEqual(everyExtension.map(([extension]) => `.${extension}`));
  });

  it('accepts a HEIF photo from a phone as HEIC', () => {
    expect(checkAttachment('IMG_0042.heic', 10, detected('image/heif'))).toMatchObject({
      ok: true,
      mime: 'image/heic',
    });
  });

  it('refuses an empty file', () => {
    expect(checkAttachment('letter.pdf', 0, detected('application/pdf'))).toEqual({
      ok: false,
      message: 'The file is empty.',
    });
  });

  it('accepts a file of exactly the limit and refuses one byte more, naming the limit', () => {
    expect(checkAttachment('letter.pdf', MAX_ATTACHMENT_BYTES, detected('application/pdf')).ok).toBe(true);
    expect(checkAttachment('letter.pdf', MAX_ATTACHMENT_BYTES + 1, detected('application/pdf'))).toEqual({
      ok: false,
      message: 'The file is larger than 10 MB. It was not attached.',
    });
  });

  it.each(['payload.exe', 'page.html', 'drawing.svg', 'macro.docm', 'archive.zip', 'README'])(
    'refuses %s: not a kind that may be attached, and says which are',
    (name) => {
      const check = checkAttachment(name, 100, detected('application/octet-stream'));
      expect(check.ok).toBe(false);
      if (check.ok) return;
      expect(check.message).toMatch(/^Files of this kind cannot be attached\. Allowed: pdf, jpg, jpeg, png/);
      expect(check.message).toContain('docx');
      expect(check.message).not.toContain('exe');
    },
  );

  it('refuses a name that is empty or only an extension', () => {
    for (const name of ['', '   ', '///', '.pdf']) {
      expect(checkAttachment(name, 100, detected('application/pdf'))).toEqual({
        ok: false,
        message: 'The file needs a name.',
      });
    }
  });

  describe('refuses a file whose content is not what its name says', () => {
    it.each<[string, string, SniffedContent, string]>([
      ['a ZIP archive named .pdf', 'letter.pdf', detected('application/zip'), 'PDF'],
      ['a Windows program named .pdf', 'letter.pdf', detected('application/x-msdownload'), 'PDF'],
      ['plain text named .pdf', 'letter.pdf', plainText, 'PDF'],
      ['a web page named .txt', 'notes.txt', markup, 'Plain text'],
      ['an SVG picture named .txt', 'notes.txt', markup, 'Plain text'],
      ['a web page named .eml', 'message.eml', markup, 'Plain text'],
      ['bytes that are not text named .txt', 'notes.txt', binaryWithoutSignature, 'Plain text'],
      ['a PDF named .jpg', 'photo.jpg', detected('application/pdf'), 'JPEG image'],
      ['a PNG named .jpg', 'photo.jpg', detected('image/png'), 'JPEG image'],
      ['a Word 97 file named .docx', 'letter.docx', detected('application/x-cfb'), 'Word document'],
      ['a ZIP archive named .docx', 'letter.docx', detected('application/zip'), 'Word document'],
      ['a PDF named .doc', 'letter.doc', detected('application/pdf'), 'Word 97-2003 document'],
    ])('%s', (_what, name, content, claimed) => {
      expect(checkAttachment(name, 1000, content)).toEqual(refusedAsDisguised(name, claimed));
    });
  });

  it('accepts an old Word file, which the sniffer sees as a generic compound file, only as .doc', () => {
    expect(checkAttachment('statement.doc', 5000, detected('application/x-cfb'))).toEqual({
      ok: true,
      mime: 'application/msword',
      filename: 'statement.doc',
    });
    expect(checkAttachment('statement.rtf', 5000, detected('application/x-cfb')).ok).toBe(false);
  });

  it('returns the cleaned name, which is the one kept', () => {
    expect(
      checkAttachment('C:\\fakepath\\home/office\u0000letter.pdf', 10, detected('application/pdf')),
    ).toEqual({
      ok: true,
      mime: 'application/pdf',
      filename: 'C fakepath home office letter.pdf',
    });
  });

  it('refuses a name that is hidden or climbs out of a folder once cleaned', () => {
    for (const name of ['.bashrc.txt', '../../letter.pdf']) {
      expect(checkAttachment(name, 10, detected('application/pdf'))).toEqual({
        ok: false,
        message: 'The file needs a name.',
      });
    }
  });
});

describe('cleanFilename', () => {
  it('replaces control characters, slashes, quotes and other reserved characters with a space', () => {
    expect(cleanFilename('a\u0000b\u001fc\u007fd.pdf')).toBe('a b c d.pdf');
    expect(cleanFilename('../../etc/passwd.txt')).toBe('.. .. etc passwd.txt');
    expect(cleanFilename('C:\\Users\\me\\letter.pdf')).toBe('C Users me letter.pdf');
    expect(cleanFilename('"quoted" <a>|b?*.pdf')).toBe('quoted a b .pdf');
    expect(cleanFilename('line\r\nbreak.txt')).toBe('line break.txt');
  });

  it('removes direction marks that would make a name read backwards', () => {
    expect(cleanFilename('invoice\u202egpj.exe')).toBe('invoicegpj.exe');
    expect(cleanFilename('\u2066letter\u2069\u200f.pdf')).toBe('letter.pdf');
  });

  it('collapses and trims white space, and keeps letters of any script', () => {
    expect(cleanFilename('   Home   Office\tletter .pdf  ')).toBe('Home Office letter .pdf');
    expect(cleanFilename('Лист від поліції.pdf')).toBe('Лист від поліції.pdf');
  });

  it('composes accents, so the same name typed two ways is kept the same', () => {
    expect(cleanFilename('Re\u0301sume\u0301.pdf')).toBe('Résumé.pdf');
  });

  it('shortens a long name to the limit, keeping its extension', () => {
    const cleaned = cleanFilename(`${'a'.repeat(300)}.pdf`);
    expect(cleaned).toHaveLength(MAX_FILENAME_LENGTH);
    expect(cleaned.endsWith('aaa.pdf')).toBe(true);
    expect(cleanFilename(`${'b'.repeat(MAX_FILENAME_LENGTH - 4)}.pdf`)).toHaveLength(MAX_FILENAME_LENGTH);
  });

  it('keeps the extension of a long name when checking it', () => {
    const check = checkAttachment(`${'x'.repeat(500)}.docx`, 10, genuine(ATTACHMENT_TYPES[5].mime));
    expect(check).toMatchObject({ ok: true, mime: ATTACHMENT_TYPES[5].mime });
    if (check.ok) expect(check.filename.endsWith('.docx')).toBe(true);
  });
});
