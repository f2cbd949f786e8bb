import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoFile, onePagePdf } from './attachment-files.ts';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the demo’s attachment files', () => {
  it('make a PDF whose cross-reference table points at each object', () => {
    const pdf = decode(onePagePdf(['Witness Care Unit', 'Re: (a) case \\ with “quotes” – and dashes']));
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref).startsWith('xref\n0 6\n')).toBe(true);
    const offsets = pdf
      .slice(startxref)
      .split('\n')
      .slice(3, 8)
      .map((line) => Number(line.slice(0, 10)));
    offsets.forEach((offset, i) => expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj\n`)).toBe(true));
    const stream = /<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/.exec(pdf);
    expect(stream?.[2]).toHaveLength(Number(stream?.[1]));
    // Brackets and backslashes escaped; curly quotes and dashes made ASCII.
    expect(pdf).toContain('(Re: \\(a\\) case \\\\ with "quotes" - and dashes) Tj');
    expect([...pdf].every((c) => c === '\n' || (c >= ' ' && c <= '~'))).toBe(true);
  });

  it('save an e-mail as text with CRLF lines, and record the size and SHA-256 of the bytes', () => {
    const file = demoFile({ filename: 'email.txt', kind: 'email', lines: ['From: A', '', 'Hello'] });
    expect(decode(file.content)).toBe('From: A\r\n\r\nHello\r\n');
    expect(file).toMatchObject({ contentType: 'text/plain', size: file.content.byteLength });
    expect(file.sha256).toBe(createHash('sha256').update(file.content).digest('hex'));
    expect(demoFile({ filename: 'a.pdf', kind: 'pdf', lines: ['x'] }).contentType).toBe('application/pdf');
  });
});
