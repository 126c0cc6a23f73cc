/** What a message says, before it is rendered to plain text and HTML. */
export interface MailContent {
  subject: string;
  /** "Hej Anna," */
  greeting: string;
  intro: string;
  sections: MailSection[];
  /** The one button-like link at the end, if any. */
  action?: MailLink;
  /** Why the person gets this and how to change it. */
  footer: string;
}

export interface MailSection {
  heading: string;
  items: MailItem[];
}

export interface MailItem {
  text: string;
  href: string;
  /** A short second line, such as the due date or who else was told. */
  note?: string;
}

export interface MailLink {
  text: string;
  href: string;
}

/** A rendered message: both bodies say the same thing. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A message handed to a transport. */
export interface OutgoingMail extends RenderedMail {
  messageId: string;
  from: string;
  to: string;
}

/** Where messages go: a real SMTP server, or the local mailbox of an embedded installation. */
export interface MailTransport {
  /** `smtp` or `mailbox`, kept on each message. */
  readonly name: 'smtp' | 'mailbox';
  /** Sends one message; resolves with the server's answer, rejects with its refusal. */
  send(mail: OutgoingMail): Promise<{ response: string }>;
  close(): Promise<void>;
}
