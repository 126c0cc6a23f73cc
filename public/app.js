// Small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
  for (const form of document.querySelectorAll('form[data-autosubmit]')) {
    for (const el of form.querySelectorAll('select'))
      el.addEventListener('change', () => form.requestSubmit());
  }
});
