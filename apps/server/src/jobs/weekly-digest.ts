import { sendWeeklyDigests, type SendMail } from '@umbrella/api';
import type { Database } from '@umbrella/db';
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { MailConfig } from '../config.ts';
import type { Logger } from '../logger.ts';

/** How often the job looks whether this week's digest is due (it is sent once a week, from Monday 07:00). */
export const DIGEST_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** The first look, shortly after the server starts (not at once: migrations and start-up come first). */
export const DIGEST_FIRST_CHECK_MS = 60 * 1000;

/** A mail server on this machine: talking to it in clear sends nothing over a network. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * nodemailer's options for SMTP_URL, parsed as nodemailer parses it. For `smtp://` to another machine STARTTLS
 * is required, so the password and the e-mail never cross the network in clear (nodemailer would otherwise go
 * on without TLS when the server does not offer it); set over the URL's own `?requireTLS=false`,
 * `?ignoreTLS=true` or `?opportunisticTLS=true`. `smtps://` is TLS from the start. (Parsed here because
 * nodemailer's createTransport drops every option given beside a `url`.)
 */
export function smtpTransportOptions(smtpUrl: string): SMTPTransport.Options {
  const options: SMTPTransport.Options = parseConnectionUrl(smtpUrl);
  const local = LOCAL_HOSTS.has(new URL(smtpUrl).hostname.toLowerCase());
  if (options.secure || local) return options;
  return { ...options, requireTLS: true, ignoreTLS: false, opportunisticTLS: false };
}

/** Sends through the configured mail server; the transport pools nothing and holds no state of ours. */
export function smtpSender(mail: MailConfig): { send: SendMail; close(): void } {
  const transport = nodemailer.createTransport(smtpTransportOptions(mail.smtpUrl));
  return {
    async send(message) {
      await transport.sendMail({
        from: mail.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
    close: () => transport.close(),
  };
}

/**
 * Starts the weekly digest e-mail: shortly after start and then hourly, sends this week's digests not yet
 * sent. Safe with several servers: each e-mail is claimed in the database before it goes (no in-memory lock
 * is relied on; the flag below only stops one server overlapping its own runs). Logs counts and error codes,
 * never an address or a message from the mail server.
 */
export function startWeeklyDigest(options: {
  db: Database;
  mail: MailConfig;
  logger: Logger;
  send?: SendMail;
  now?: () => Date;
}): { stop(): void } {
  const { db, mail, logger } = options;
  const now = options.now ?? (() => new Date());
  const sender = options.send ? { send: options.send, close: () => {} } : smtpSender(mail);
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const run = await sendWeeklyDigests(db, { now: now(), publicUrl: mail.publicUrl, send: sender.send });
      if (run.sent || run.failed) {
        logger.info(
          { weekStart: run.weekStart, sent: run.sent, failed: run.failed, failureCodes: run.failureCodes },
          'weekly digest e-mails',
        );
      }
    } catch (error) {
      const e = error as { name?: unknown; code?: unknown };
      logger.error(
        { err: { name: String(e?.name ?? 'Error'), code: typeof e?.code === 'string' ? e.code : undefined } },
        'weekly digest run failed',
      );
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void check(), DIGEST_FIRST_CHECK_MS);
  const hourly = setInterval(() => void check(), DIGEST_CHECK_INTERVAL_MS);
  first.unref();
  hourly.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(hourly);
      sender.close();
    },
  };
}
