import { createHash } from 'node:crypto';
import type { DemoAttachment } from './communication-story.ts';

export interface DemoFile {
  filename: string;
  contentType: 'application/pdf' | 'text/plain';
  content: Uint8Array;
  size: number;
  sha256: string;
}

/** Text for a PDF string in the standard Helvetica encoding: ASCII, with ( ) \ escaped. */
function pdfText(line: string): string {
  const ascii = line
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '?');
  return ascii.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** A valid one-page A4 PDF showing the lines, with a correct cross-reference table. */
export function onePagePdf(lines: readonly string[]): Uint8Array {
  const text = lines.map((line, i) => `${i === 0 ? '' : 'T* '}(${pdfText(line)}) Tj`).join('\n');
  const stream = `BT /F1 11 Tf 14 TL 72 770 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is ASCII, so string offsets are byte offsets.
  return new TextEncoder().encode(pdf);
}

/** The bytes of a demo attachment, with what the application would have recorded about them. */
export function demoFile(attachment: DemoAttachment): DemoFile {
  const content =
    attachment.kind === 'pdf'
      ? onePagePdf(attachment.lines)
      : new TextEncoder().encode(`${attachment.lines.join('\r\n')}\r\n`);
  return {
    filename: attachment.filename,
    contentType: attachment.kind === 'pdf' ? 'application/pdf' : 'text/plain',
    content,
    size: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}
