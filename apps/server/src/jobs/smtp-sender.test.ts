import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpSender, smtpTransportOptions } from './weekly-digest.ts';

/**
 * A mail server that accepts everything, offers no STARTTLS, and keeps each message's envelope and data, and
 * every command line it was sent. Listening on 127.0.0.1 (this machine, by the name Umbrella knows) and on
 * 127.0.0.2 (also this machine, but an address Umbrella takes for another one).
 */
const servers: Server[] = [];
const ports = { local: 0, remote: 0 };
const received: { from: string; to: string[]; data: string }[] = [];
const commands: string[] = [];

function fakeMailServer(): Server {
  return createServer((socket) => {
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
        if (!inData) commands.push(line);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            socket.write('250 queued\r\n');
          } else current.data += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250-test\r\n250 AUTH PLAIN LOGIN\r\n');
        else if (/^AUTH/i.test(line)) socket.write('235 ok\r\n');
        else if (/^STARTTLS/i.test(line)) socket.write('454 TLS not available\r\n');
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
}

async function listen(host: string): Promise<number> {
  const server = fakeMailServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as { port: number }).port;
}

beforeAll(async () => {
  ports.local = await listen('127.0.0.1');
  ports.remote = await listen('127.0.0.2');
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const message = { to: 'worker@x.test', subject: 'Your Umbrella week: nothing due', text: 'Hello,\n' };
const config = (smtpUrl: string) => ({
  smtpUrl,
  from: 'Umbrella <umbrella@example.org>',
  publicUrl: 'https://u.example.org',
});

describe('the SMTP sender', () => {
  it('hands the digest to the mail server named by SMTP_URL, from MAIL_FROM', async () => {
    const sender = smtpSender(config(`smtp://127.0.0.1:${ports.local}`));
    try {
      await sender.send(message);
    } finally {
      sender.close();
    }
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toContain('umbrella@example.org');
    expect(received[0]?.to).toEqual(['<worker@x.test>']);
    expect(received[0]?.data).toContain('Subject: Your Umbrella week: nothing due');
    expect(received[0]?.data).toContain('From: Umbrella <umbrella@example.org>');
  });

  it('never sends the password to another machine without TLS', async () => {
    commands.length = 0;
    const before = received.length;
    const sender = smtpSender(config(`smtp://umbrella:s3cret@127.0.0.2:${ports.remote}?requireTLS=false`));
    try {
      await expect(sender.send(message)).rejects.toMatchObject({ code: 'ETLS' });
    } finally {
      sender.close();
    }
    expect(commands.some((line) => /^EHLO/i.test(line))).toBe(true);
    expect(commands.some((line) => /^(AUTH|MAIL)/i.test(line))).toBe(false);
    expect(received).toHaveLength(before);
  });

  it('talks to a mail server on this machine in clear, with its password', async () => {
    commands.length = 0;
    const sender = smtpSender(config(`smtp://umbrella:s3cret@localhost:${ports.local}`));
    try {
      await sender.send(message);
    } finally {
      sender.close();
    }
    expect(commands.some((line) => /^AUTH/i.test(line))).toBe(true);
  });
});

describe('smtpTransportOptions', () => {
  it('requires STARTTLS for smtp:// to another machine, whatever the URL says', () => {
    expect(smtpTransportOptions('smtp://u%40x:p%2Fa:ss@mail.example.org:587')).toEqual({
      secure: false,
      host: 'mail.example.org',
      port: 587,
      auth: { user: 'u@x', pass: 'p/a:ss' },
      requireTLS: true,
      ignoreTLS: false,
      opportunisticTLS: false,
    });
    expect(
      smtpTransportOptions(
        'smtp://mail.example.org?requireTLS=false&ignoreTLS=true&opportunisticTLS=true&pool=true',
      ),
    ).toMatchObject({ requireTLS: true, ignoreTLS: false, opportunisticTLS: false, pool: true });
  });

  it('leaves smtps:// (TLS from the start) and a server on this machine as they are', () => {
    expect(smtpTransportOptions('smtps://u:p@mail.example.org:465')).toEqual({
      secure: true,
      host: 'mail.example.org',
      port: 465,
      auth: { user: 'u', pass: 'p' },
    });
    for (const url of [
      'smtp://localhost:25',
      'smtp://LOCALHOST:25',
      'smtp://127.0.0.1:1025',
      'smtp://[::1]:25',
    ]) {
      expect(smtpTransportOptions(url).requireTLS, url).toBeUndefined();
    }
  });
});
