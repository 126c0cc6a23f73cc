import nodemailer from 'nodemailer';
import type { Env } from '../env.js';
import type { MailTransport, OutgoingMail } from './mail.js';

/** The local mailbox: the message stays in the outbox table, where administrators read it. */
export const mailboxTransport: MailTransport = {
  name: 'mailbox',
  send: async () => ({ response: 'stored in the local mailbox' }),
  close: async () => {},
};

/** Sends through an SMTP server; STARTTLS is used whenever the server offers it. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    name: 'smtp',
    async send(mail: OutgoingMail) {
      const info = await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
      return { response: String(info.response ?? '') };
    },
    close: async () => transporter.close(),
  };
}

/** The transport the configuration asks for: SMTP when SMTP_URL is set, else the local mailbox. */
export function createMailTransport(env: Env): MailTransport {
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL) : mailboxTransport;
}
