// Guidance (ohjaus, issue #12): the provider's coach opens the case page, records 90 minutes of individual guidance
// in the period's guidance log and sees the 3-month window fill (1,5 h of the product's 6 h, still open); a session
// with no minutes is refused next to its field and nothing typed is lost; the window and the log are checked with
// axe-core in Finnish and in Swedish; the coach's start page lists the window. The data is the test's own.
// Run: node --test --test-concurrency=1 --test-timeout=300000 guidance.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleInFiAndSv, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';
import { addDays, addMonths, buildWorld, caseInImplementation, fi, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();
const today = todayIso();
const monday = addDays(today, 1 - isoWeekday(today) - 14);
const plain = (s) => s.replace(/\s+/g, ' ').trim();

test('the coach records guidance and sees the window fill', async () => {
  const world = await buildWorld(env.server.baseUrl, 'gu');
  const made = await caseInImplementation(world, { start: monday, firstNames: 'Oiva', lastName: 'Ohjattava' });
  const instructor = await world.as('instructor');
  const period = await instructor.must('POST', `/api/v1/cases/${made.case.id}/periods`, {
    bookingId: made.booking.id, startDate: monday, endDate: addDays(addMonths(monday, 3), -1),
    steps: [{ from: monday, days: [1, 2, 3].map((weekday) => ({ weekday, hours: 4 })) }],
  });
  const idp = `period-${period.id}-guidance`;

  const { page, consoleErrors } = await env.open();
  await signIn(page, world.users.coach.username);
  await page.goto(`/cases/${made.case.id}`);
  await expectHeading(page, 'Oiva Ohjattava: Kuntouttava työtoiminta');
  const section = page.locator(`#${idp}`);
  await section.waitFor();
  assert.match(plain(await page.locator(`#${idp}-promise`).innerText()), /vähintään 6 tuntia yksilöohjausta/);
  const windowBox = page.locator(`#${idp}-window-0`);
  assert.match(plain(await windowBox.innerText()), /Yksilöohjausta 0 h \/ 6 h/);
  assert.equal(await windowBox.getAttribute('data-state'), 'open');

  // No minutes: refused next to the field, the day and the note kept.
  await page.locator(`#${idp}-open`).click();
  await page.locator(`#${idp}-new-day`).fill(fi(addDays(monday, 1)));
  await page.locator(`#${idp}-new-note`).fill('Tavoitteiden läpikäynti');
  await page.locator(`#${idp}-new-submit`).click();
  await page.locator(`#${idp}-new-errors`).waitFor();
  assert.equal(await page.locator(`#${idp}-new-day`).inputValue(), fi(addDays(monday, 1)));
  assert.equal(await page.locator(`#${idp}-new-note`).inputValue(), 'Tavoitteiden läpikäynti');

  // 90 minutes of individual guidance: the window shows 1,5 h of 6 h, the session its giver.
  await page.locator(`#${idp}-new-minutes`).fill('90');
  await page.locator(`label[for="${idp}-new-kind-individual"]`).click();
  await page.locator(`#${idp}-new-submit`).click();
  await page.locator(`#${idp}-status`, { hasText: 'Ohjaus kirjattu.' }).waitFor();
  await page.waitForFunction((id) => /1,5 h \/ 6 h/.test(document.getElementById(id)?.innerText ?? ''), `${idp}-window-0`);
  assert.equal(await page.locator(`#${idp}-window-0-bar`).getAttribute('value'), '90');
  const sessions = page.locator(`#${idp}-sessions li`);
  assert.equal(await sessions.count(), 1);
  assert.match(plain(await sessions.first().innerText()), new RegExp(world.users.coach.displayName));
  const log = await (await world.as('coach')).must('GET', `/api/v1/periods/${period.id}/guidance`);
  assert.equal(log.windows[0].individualMinutes, 90);
  await accessibleInFiAndSv(page, 'guidance-01-window', async () => {
    await page.locator(`#${idp}-heading`, { hasText: 'Handledning' }).waitFor();
  });

  // The coach's start page follows the window.
  await page.goto('/');
  await page.locator(`#followed-${period.id}`).waitFor();
  assert.match(plain(await page.locator(`#followed-${period.id}`).innerText()), /1,5 h \/ 6 h/);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
});
