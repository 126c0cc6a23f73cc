import type { MailContent, RenderedMail } from './mail.js';

// Inline styles only: mail programs drop style sheets. Colours keep AA contrast on white.
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const LINK = '#0b4f9c';
const BODY = `font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: ${INK}; background: #ffffff; margin: 0; padding: 0;`;

/** Renders a message to plain text and to HTML that reads well in Outlook and on a phone. */
export function renderMail(content: MailContent, locale: string): RenderedMail {
  return { subject: content.subject, text: plainText(content), html: html(content, locale) };
}

function plainText(m: MailContent): string {
  const lines = [m.greeting, '', m.intro];
  for (const section of m.sections) {
    lines.push('', section.heading, '-'.repeat(Math.min(section.heading.length, 60)));
    for (const item of section.items) {
      lines.push(`* ${item.text}`);
      if (item.note) lines.push(`  ${item.note}`);
      lines.push(`  ${item.href}`);
    }
  }
  if (m.action) lines.push('', `${m.action.text}: ${m.action.href}`);
  lines.push('', '-- ', m.footer, '');
  return lines.join('\n');
}

function html(m: MailContent, locale: string): string {
  const body = (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="x-apple-disable-message-reformatting" />
        <title>{m.subject}</title>
      </head>
      <body style={BODY}>
        <div style="max-width: 40em; margin: 0 auto; padding: 16px;">
          <h1 style="font-size: 20px; line-height: 1.3; margin: 0 0 16px;">{m.subject}</h1>
          <p style="margin: 0 0 12px;">{m.greeting}</p>
          <p style="margin: 0 0 12px;">{m.intro}</p>
          {m.sections.map((section) => (
            <>
              <h2 style="font-size: 18px; line-height: 1.3; margin: 24px 0 8px;">
                {section.heading}
              </h2>
              <ul style="margin: 0; padding-left: 20px;">
                {section.items.map((item) => (
                  <li style="margin: 0 0 8px;">
                    <a href={item.href} style={`color: ${LINK}; text-decoration: underline;`}>
                      {item.text}
                    </a>
                    {item.note && (
                      <>
                        <br />
                        <span style={`color: ${MUTED};`}>{item.note}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ))}
          {m.action && (
            <p style="margin: 24px 0;">
              <a
                href={m.action.href}
                style={`display: inline-block; background: ${LINK}; color: #ffffff; padding: 10px 16px; border-radius: 4px; font-weight: bold; text-decoration: underline;`}
              >
                {m.action.text}
              </a>
            </p>
          )}
          <hr style="border: none; border-top: 1px solid #cccccc; margin: 32px 0 12px;" />
          <p style={`color: ${MUTED}; font-size: 14px; margin: 0;`}>{m.footer}</p>
        </div>
      </body>
    </html>
  );
  return `<!doctype html>${body.toString()}`;
}
