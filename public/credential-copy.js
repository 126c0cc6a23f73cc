// Copies one stored credential field to the clipboard without showing it. Without this file
// (or without a clipboard) each copy button submits its form, which reveals the field on a page.
document.addEventListener('DOMContentLoaded', () => {
  for (const form of document.querySelectorAll('form[data-copy-url]')) {
    form.addEventListener('submit', (event) => {
      if (!navigator.clipboard || !window.isSecureContext) return;
      event.preventDefault();
      void copyField(form);
    });
  }
});

async function copyField(form) {
  const status = document.getElementById(form.dataset.status);
  const say = (text) => {
    // Emptied first, so that the same message twice is announced twice.
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 50);
  };
  let refusal = null;
  const value = fetch(form.dataset.copyUrl, {
    method: 'POST',
    body: new URLSearchParams(new FormData(form)),
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  }).then(async (res) => {
    const json = await res.json();
    if (!res.ok) {
      refusal = json.error ?? {};
      throw new Error('refused');
    }
    return json.value;
  });
  try {
    if (window.ClipboardItem) {
      // The clipboard is claimed during the click; the text follows when the server answers.
      const blob = value.then((text) => new Blob([text], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    } else {
      await navigator.clipboard.writeText(await value);
    }
    say(form.dataset.copied);
  } catch {
    await value.catch(() => undefined);
    if (refusal && refusal.confirmUrl) window.location.assign(refusal.confirmUrl);
    else say((refusal && refusal.message) || form.dataset.failed);
  }
}
