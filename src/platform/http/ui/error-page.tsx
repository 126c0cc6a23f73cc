import type { Ctx } from '../context.js';
import { renderPage } from './layout.js';

/** The page shown when a request cannot be answered, with the reason in the user's language. */
export function errorPage(c: Ctx, status: number, message: string) {
  const t = c.get('t');
  return renderPage(
    c,
    t('error.title'),
    <div class="narrow">
      <h1>{t('error.title')}</h1>
      <p>{message}</p>
      <p>
        <a href="/">{t('error.home')}</a>
      </p>
    </div>,
    status,
  );
}
