import type { Ctx } from '../platform/http/context.js';
import type { NewFeed } from './calendar-feed.js';
import { feedName } from './feed-table.js';

// Shows the copy button and copies with it; without a script the address is selectable text.
const COPY_SCRIPT = `(() => {
  const button = document.getElementById('feed-copy');
  const input = document.getElementById('feed-url');
  const status = document.getElementById('feed-copy-status');
  if (!button || !input || !status) return;
  button.hidden = false;
  const say = (text) => {
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 50);
  };
  button.addEventListener('click', async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      say(button.dataset.copied);
    } catch {
      say(document.execCommand('copy') ? button.dataset.copied : button.dataset.failed);
    }
  });
})();`;

/** The address of a feed just made or regenerated, how to subscribe to it; shown once only. */
export function NewFeedNotice({ c, created }: { c: Ctx; created: NewFeed & { renewed: boolean } }) {
  const t = c.get('t');
  const name = feedName(created.feed, t);
  return (
    <section class="notice new-token" aria-labelledby="new-feed-heading">
      <h2 id="new-feed-heading">{t('feeds.new_url_label')}</h2>
      <p>{t(created.renewed ? 'feeds.regenerated' : 'feeds.created')}</p>
      <p>
        <label for="feed-url">{t('feeds.url_label', { name })}</label>
        <input
          id="feed-url"
          type="text"
          class="secret"
          value={created.url}
          readonly
          autocomplete="off"
          spellcheck={false}
          aria-describedby="feed-url-hint"
        />
      </p>
      <p class="hint" id="feed-url-hint">
        {t('feeds.url_once')} {t('feeds.copy_hint')}
      </p>
      <p>
        <button
          type="button"
          id="feed-copy"
          class="secondary"
          data-copied={t('feeds.copied')}
          data-failed={t('feeds.copy_failed')}
          hidden
        >
          {t('feeds.copy')}
        </button>
      </p>
      <p id="feed-copy-status" class="copy-status" role="status" aria-live="polite"></p>
      <h3>{t('feeds.howto_heading')}</h3>
      <ul>
        <li>{t('feeds.howto_outlook')}</li>
        <li>{t('feeds.howto_google')}</li>
      </ul>
      <p class="muted">{t('feeds.howto_refresh')}</p>
      <script dangerouslySetInnerHTML={{ __html: COPY_SCRIPT }} />
    </section>
  );
}
