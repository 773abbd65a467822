import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends one message; throws on failure (the outbox retries). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  /** Where messages go, for the start-up line ("SMTP host:port" or the folder). */
  describe(): string;
}

/**
 * nodemailer over SMTP when ARBETSBRO_SMTP_URL is set; otherwise each message is written as an
 * .eml file (RFC 5322, built by nodemailer's stream transport) in ARBETSBRO_OUTBOX_DIR, so that a
 * development machine sends nothing but everything can be read.
 */
export function createMailer(mail: Config['mail']): Mailer {
  if (mail.smtpUrl) {
    const transport = nodemailer.createTransport(mail.smtpUrl);
    const url = new URL(mail.smtpUrl);
    return {
      async send(m) {
        await transport.sendMail({
          from: mail.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          messageId: `<${m.id}@arbetsbro>`,
        });
      },
      describe: () => `SMTP ${url.hostname}:${url.port || 25}`,
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(m) {
      const info = await files.sendMail({
        from: mail.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: `<${m.id}@arbetsbro>`,
      });
      await mkdir(mail.outboxDir, { recursive: true });
      await writeFile(join(mail.outboxDir, `${m.id}.eml`), info.message as Buffer);
    },
    describe: () => `filer i ${mail.outboxDir}`,
  };
}
