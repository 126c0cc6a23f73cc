import { startWorld, signIn } from '/work/main/test/e2e/support/browser.js';
import { loadActor } from '/work/main/src/platform/auth/sessions.js';
import { systemClock } from '/work/main/src/platform/clock.js';
import { createAudit } from '/work/main/src/audits/create-audit.js';
import { addQuestions } from '/work/main/src/audits/add-questions.js';
import { updateQuestion } from '/work/main/src/audits/update-question.js';
import { recordEarlierAudit } from '/work/main/src/audits/record-earlier-audit.js';
import AxeBuilder from '@axe-core/playwright';

const OUT = '/tmp/rt-shots';
const only = process.argv[2];
const world = await startWorld('/usr/bin/chromium');
const db = world.server.handle.db;
try {
  const adminRow = await db.selectFrom('users').select('id').where('email', '=', world.adminEmail).executeTakeFirstOrThrow();
  const admin = (await loadActor(db, adminRow.id, 'session'))!;
  const best = await db.selectFrom('accounts as a').innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['u.parent_id as pid']).select((eb) => eb.fn.countAll().as('n')).where('u.parent_id', 'is not', null)
    .groupBy('u.parent_id').orderBy('n', 'desc').executeTakeFirstOrThrow();
  const unitId = best.pid!;
  const audit = await createAudit(db, systemClock, admin, { kind: 'response_time', title: 'Svarstider hösten 2026', year: 2026, unitId });
  const accounts = await db.selectFrom('accounts as a').innerJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.handle']).where('u.path', 'like', `%/${unitId}/%`).orderBy('a.id').limit(45).execute();
  const qs = accounts.map((a, i) => ({ accountId: a.id, askedAt: `2026-10-${String(6 + (i % 3)).padStart(2, '0')} 09:${String(i % 60).padStart(2, '0')}`, channel: i % 4 === 0 ? 'direct_message' : 'comment', question: 'Hur anmäler man sig till läxhjälpen?' }));
  const created = await addQuestions(db, systemClock, admin, audit.id, qs);
  for (const [i, q] of created.slice(0, 20).entries()) {
    const asked = new Date(q.askedAt);
    const answered = new Date(asked.getTime() + (i < 14 ? 3 : 50) * 3600_000);
    await updateQuestion(db, systemClock, admin, audit.id, q.id, { answeredAt: answered.toISOString(), signed: i % 3 !== 0 });
  }
  await updateQuestion(db, systemClock, admin, audit.id, created[30]!.id, { notPossible: true, notPossibleReason: 'Kontot raderat av plattformen' });
  await recordEarlierAudit(db, systemClock, admin, { year: 2019, unitId, asked: 67, answered: 19, within: 18, signed: 5 }, 'Svarstidsgranskning 2019');
  await recordEarlierAudit(db, systemClock, admin, { year: 2022, unitId, asked: 45, answered: 18, within: 13, late: 5, signed: 11 }, 'Svarstidsgranskning 2022');

  const context = await world.browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await signIn(page, world);
  const shot = async (path: string, name: string, prep?: () => Promise<void>) => {
    if (only && !name.startsWith(only)) return;
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(`${world.url}${path}`);
      if (prep) await prep();
      if (process.env.CSS) await page.addStyleTag({ path: '/tmp/rt-shots/proposed.css' });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const step = width === 390 ? 1600 : 1100;
      for (let y = 0, n = 1; y < height; y += step, n++)
        await page.screenshot({ path: `${OUT}/${name}-${width}-${n}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations) console.log(name, width, 'AXE', v.id, v.help, v.nodes.map((x) => x.target.join(' ')).slice(0, 5).join(' | '));
    }
  };
  await shot(`/audits/${audit.id}`, 'audit');
  await shot(`/audits/${audit.id}/report`, 'report');
  await shot(`/audits/${audit.id}/questions/new`, 'bulk');
  await shot(`/audits/${audit.id}/questions/new`, 'bulkerr', async () => {
    await page.fill('#f-account_1', accounts[0]!.handle);
    await page.fill('#f-askedAt_1', '2026-10-12 09:00');
    await page.fill('#f-account_2', 'finnsinte');
    await page.fill('#f-askedAt_2', 'igår');
    await page.fill('#f-question_2', 'Har ni öppet i jul?');
    await page.click('button:has-text("Spara frågorna")');
    await page.waitForLoadState();
  });
  await shot(`/audits/${audit.id}/questions/upload`, 'upload');
  await shot(`/audits/${audit.id}/questions/upload`, 'upcheck', async () => {
    await page.fill('#f-csv', `konto;frågad;kanal;fråga\n${accounts[1]!.handle};2026-10-13 09:00;kommentar;Fråga\nokänd;2026-10-13 09:00;brevduva;Fråga\n`);
    await page.click('button:has-text("Kontrollera filen")');
    await page.waitForLoadState();
  });
  await shot(`/audits/${audit.id}/questions/upload`, 'upok', async () => {
    await page.fill('#f-csv', `konto;frågad;kanal;fråga\n${accounts[1]!.handle};2026-10-13 09:00;kommentar;Fråga\n${accounts[2]!.handle};2026-10-13 09:30;dm;Fråga två\n`);
    await page.click('button:has-text("Kontrollera filen")');
    await page.waitForLoadState();
  });
  await shot(`/audits/${audit.id}/questions/${created[0]!.id}/edit`, 'edit');
  await shot(`/audits/earlier/new`, 'earlier');
} finally {
  await world.close();
}
