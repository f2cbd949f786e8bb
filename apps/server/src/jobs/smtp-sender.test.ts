import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpSender } from './weekly-digest.ts';

/** A mail server that accepts everything and keeps each message's envelope and data. */
let server: Server;
let port = 0;
const received: { from: string; to: string[]; data: string }[] = [];

beforeAll(async () => {
  server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            socket.write('250 queued\r\n');
          } else current.data += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n');
        else if (/^MAIL FROM:/i.test(line)) {
          current.from = line.slice(10);
          socket.write('250 ok\r\n');
        } else if (/^RCPT TO:/i.test(line)) {
          current.to.push(line.slice(8));
          socket.write('250 ok\r\n');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('the SMTP sender', () => {
  it('hands the digest to the mail server named by SMTP_URL, from MAIL_FROM', async () => {
    const sender = smtpSender({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Umbrella <umbrella@example.org>',
      publicUrl: 'https://u.example.org',
    });
    try {
      await sender.send({
        to: 'worker@x.test',
        subject: 'Your Umbrella week: nothing due',
        text: 'Hello,\n',
      });
    } finally {
      sender.close();
    }
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toContain('umbrella@example.org');
    expect(received[0]?.to).toEqual(['<worker@x.test>']);
    expect(received[0]?.data).toContain('Subject: Your Umbrella week: nothing due');
    expect(received[0]?.data).toContain('From: Umbrella <umbrella@example.org>');
  });
});
