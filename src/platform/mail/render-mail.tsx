import type { MailContent, RenderedMail } from './mail.js';

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
        <title>{m.subject}</title>
      </head>
      <body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">
        <p>{m.greeting}</p>
        <p>{m.intro}</p>
        {m.sections.map((section) => (
          <>
            <h2 style="font-size: 1.15em; margin: 1.5em 0 0.5em;">{section.heading}</h2>
            <ul style="padding-left: 1.2em;">
              {section.items.map((item) => (
                <li style="margin-bottom: 0.5em;">
                  <a href={item.href} style="color: #0b4f9c;">
                    {item.text}
                  </a>
                  {item.note && (
                    <>
                      <br />
                      <span style="color: #4a4a4a;">{item.note}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        ))}
        {m.action && (
          <p style="margin: 1.5em 0;">
            <a
              href={m.action.href}
              style="background: #0b4f9c; color: #ffffff; padding: 0.6em 1em; text-decoration: none; border-radius: 4px;"
            >
              {m.action.text}
            </a>
          </p>
        )}
        <hr style="border: none; border-top: 1px solid #cccccc; margin-top: 2em;" />
        <p style="color: #4a4a4a; font-size: 0.9em;">{m.footer}</p>
      </body>
    </html>
  );
  return `<!doctype html>${body.toString()}`;
}
