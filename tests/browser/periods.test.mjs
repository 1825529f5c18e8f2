// The case page's "Jaksot ja läsnäolo": the instructor plans a period that breaks a limit and sees the server's
// error as she types (nothing is saved), fixes it with a growth step, sees the calendar of scheduled days and saves;
// then marks a past day present, corrects it (the reason is required) and reads the day's history; an absence
// without notice raises an alert at the top of the section, which she marks handled. Every state is checked with
// axe-core in Finnish and in Swedish, and at 360 px. The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 periods.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifacts } from './browser.mjs';
import { accessibleInFiAndSv, assertAccessible, chooseLanguage, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';
import { addDays, addMonths, buildWorld, caseInImplementation, fi, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();
const open = (options) => env.open(options);
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

// The work started on the Monday two weeks ago, so that there are past days to mark.
const today = todayIso();
const monday = addDays(today, 1 - isoWeekday(today) - 14);
const growthFrom = addDays(monday, 28);
const end = addDays(addMonths(monday, 3), -1);

let world;
let made;
/** The world and the case, made once for the file when the first test needs them (after the server is up). */
async function setUp() {
  if (made) return;
  world = await buildWorld(env.server.baseUrl);
  made = await caseInImplementation(world, { start: monday });
}

/** What sticks out past the phone's 360 px, for the message of a failed check. */
const wideElements = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 361)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`),
  );

/** The section alone, for a closer look than the full page gives. */
const shotSection = (page, name) => page.locator('#attendance').screenshot({ path: `${artifacts}/${name}.png` });

const checkDay = (page, prefix, weekday) => page.locator(`label[for="${prefix}-day-${weekday}"]`).click();

test('the instructor plans a period within the limits as she types, marks and corrects a day, sees its history', async () => {
  await setUp();
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, world.users.instructor.username);
  const caseId = made.case.id;
  await page.goto(`/cases/${caseId}`);
  await expectHeading(page, `${made.case.clientName}: Kuntouttava työtoiminta`);
  const section = page.locator('#attendance');
  await section.locator('#no-periods').waitFor();
  assert.equal(await section.locator('h2').innerText(), 'Jaksot ja läsnäolo');

  // Five days a week: over the service type's four (and the product's and the decision's). The error shows as she
  // types, before any save, next to the weekdays; the limits show beside them.
  await page.locator('#plan-period').click();
  await page.locator('#period-form').waitFor();
  assert.match(await page.locator('#period-booking_button').innerText(), /Puutyöpaja/, 'the only booking is chosen');
  await page.locator('#period-start').fill(fi(monday));
  await page.locator('#period-end').fill(fi(end));
  for (const w of [1, 2, 3, 4, 5]) {
    await checkDay(page, 'period-step-0', w);
    await page.locator(`#period-step-0-hours-${w}`).fill('4');
  }
  const dayErrors = page.locator('#period-step-0-days-errors');
  await dayErrors.filter({ hasText: 'lakisääteiset' }).waitFor();
  assert.match(await dayErrors.innerText(), /palvelun lakisääteiset rajat/);
  assert.match(await dayErrors.innerText(), /päätöksen rajat/);
  assert.match(await page.locator('#period-check').innerText(), /korjattava/);
  assert.match(await page.locator('#period-limits-service-type').innerText(), /1–4 päivää viikossa, 4–8 tuntia päivässä/);
  assert.match(await page.locator('#period-limits-decision').innerText(), /enintään 3 päivää viikossa ja 4 tuntia päivässä/);
  assert.equal(
    await page.locator('#period-step-0-days').getAttribute('aria-describedby'),
    'period-limits period-step-0-days-errors',
    'the weekdays are described by the limits and the errors',
  );
  // Nothing was saved, and nothing typed is lost: not even when the page is reloaded before saving (a draft).
  assert.equal(await page.locator('#period-start').inputValue(), fi(monday));
  assert.equal(await page.locator('#period-step-0-hours-5').inputValue(), '4');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('polku.draft.') && k.includes('period')));
  await page.reload();
  await page.locator('#plan-period').click();
  await page.locator('#draft-notice').waitFor();
  await page.locator('#restore-draft').click();
  await page.locator('#draft-notice').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#period-start').inputValue(), fi(monday), 'the draft brings the dates back');
  assert.equal(await page.locator('#period-step-0-hours-5').inputValue(), '4', 'and the schedule');
  await dayErrors.filter({ hasText: 'lakisääteiset' }).waitFor();
  const none = await (await world.as('instructor')).must('GET', `/api/v1/cases/${caseId}/periods`);
  assert.deepEqual(none.items, []);
  await shotSection(page, 'periods-01-limit-broken-section');
  await accessibleInFiAndSv(page, 'periods-01-limit-broken', async () => {
    await page.locator('#period-step-0-days-errors', { hasText: 'beslutets gränser' }).waitFor();
  });

  // Two days for the first month, then a growth step to three: within every limit. The errors go; the calendar
  // shows the scheduled days and the public holidays.
  await checkDay(page, 'period-step-0', 4);
  await checkDay(page, 'period-step-0', 5);
  await checkDay(page, 'period-step-0', 3);
  await page.locator('#period-add-step').click();
  await page.locator('#period-step-1-from').fill(fi(growthFrom));
  await checkDay(page, 'period-step-1', 3);
  await page.locator('#period-step-1-hours-3').fill('4');
  await page.locator('#period-check', { hasText: 'rajojen mukainen' }).waitFor();
  assert.equal(await dayErrors.count(), 0, 'no error left');
  const calendar = page.locator('#period-calendar');
  await calendar.waitFor();
  assert.equal(await calendar.locator(`td[data-day="${monday}"]`).getAttribute('data-kind'), 'on');
  assert.equal(await calendar.locator(`td[data-day="${addDays(monday, 2)}"]`).getAttribute('data-kind'), 'off', 'no Wednesday in the first month');
  assert.equal(await calendar.locator(`td[data-day="${addDays(growthFrom, 2)}"]`).getAttribute('data-kind'), 'on', 'Wednesdays from the growth step');
  assert.equal(await calendar.locator(`td[data-day="${addDays(monday, -1)}"]`).getAttribute('data-kind'), 'out');
  assert.match(await calendar.locator(`td[data-day="${monday}"]`).innerText(), /4 h/);
  assert.ok((await calendar.locator('table caption').count()) >= 3, 'a table per month');
  await shotSection(page, 'periods-02-calendar-section');
  await accessibleInFiAndSv(page, 'periods-02-calendar', async () => {
    await page.locator('#period-check', { hasText: 'inom gränserna' }).waitFor();
  });

  await page.locator('#period-submit').click();
  await page.locator('#period-saved', { hasText: 'Jakso tallennettiin' }).waitFor();
  const item = section.locator('#period-list > li');
  await item.waitFor();
  const periodId = Number((await item.getAttribute('id')).replace('period-', ''));
  assert.match(await item.locator('h3').innerText(), new RegExp(`Jakso ${fi(monday)}–${fi(end)}, Puutyöpaja`));
  const steps = await item.locator(`#period-${periodId}-steps`).innerText();
  assert.match(steps, new RegExp(`ma, ti 4 h ${fi(monday)} alkaen`));
  assert.match(steps, new RegExp(`ma, ti, ke 4 h ${fi(growthFrom)} alkaen`));
  assert.match(await item.locator(`#period-${periodId}-coach`).innerText(), /Kaisa Valmentaja/);

  // The Monday two weeks ago, marked present; then corrected, which needs the reason why.
  const att = `attendance-${periodId}`;
  const row = page.locator(`#${att}-${monday}`);
  await row.waitFor();
  assert.match(await row.innerText(), /Ei merkitty/);
  await page.locator(`#${att}-${monday}-mark`).click();
  const mark = `mark-${periodId}-${monday}`;
  await page.locator(`label[for="${mark}-status-present"]`).click();
  assert.equal(await page.locator(`#${mark}-hours`).inputValue(), '4', 'the planned hours are offered');
  await accessibleInFiAndSv(page, 'periods-03-mark-form');
  await page.locator(`#${mark}-submit`).click();
  await page.locator(`#${att}-saved`, { hasText: 'tallennettiin' }).waitFor();
  await page.waitForFunction((id) => /paikalla 4 h/.test(document.getElementById(id)?.textContent ?? ''), `${att}-${monday}`);
  assert.match(await row.innerText(), /Iida Ohjaaja/);

  await page.locator(`#${att}-${monday}-mark`).click();
  await page.locator(`label[for="${mark}-status-absent_with_notice"]`).click();
  await page.locator(`label[for="${mark}-reason-illness"]`).click();
  await page.locator(`#${mark}-why`).waitFor();
  await page.locator(`#${mark}-submit`).click();
  await page.locator(`#${mark}-why-statusText`, { hasText: /\S/ }).waitFor();
  await page.locator(`#${mark}-errors`).waitFor();
  assert.ok(await page.locator(`#${mark}-reason-illness`).isChecked(), 'the choice made stays');
  await shotSection(page, 'periods-04-why-required-section');
  await accessibleInFiAndSv(page, 'periods-04-why-required');
  await page.locator(`#${mark}-why`).fill('Merkitty väärin: asiakas ilmoitti sairastumisesta aamulla.');
  await page.locator(`#${mark}-submit`).click();
  await page.waitForFunction((id) => /poissa, ilmoitettu: oma sairaus/.test(document.getElementById(id)?.textContent ?? ''), `${att}-${monday}`);

  await page.locator(`#${att}-${monday}-history`).click();
  const history = page.locator(`#${att}-${monday}-changes`);
  await history.waitFor();
  const entries = history.locator('li');
  assert.equal(await entries.count(), 2);
  assert.match(await entries.nth(0).innerText(), /Iida Ohjaaja merkitsi: paikalla 4 h/);
  assert.match(await entries.nth(1).innerText(), /Iida Ohjaaja muutti: paikalla 4 h → poissa, ilmoitettu: oma sairaus[\s\S]*Syy: Merkitty väärin/);
  assert.equal(await page.locator(`#${att}-${monday}-history`).getAttribute('aria-expanded'), 'true');
  await shotSection(page, 'periods-05-history-section');
  await accessibleInFiAndSv(page, 'periods-05-history', async () => {
    await history.locator('li', { hasText: 'ändrade' }).waitFor();
  });

  // The Tuesday without notice: the alert to the client's own worker shows at the top; she marks it handled.
  const tuesday = addDays(monday, 1);
  await page.locator(`#${att}-${tuesday}-mark`).click();
  await page.locator(`label[for="mark-${periodId}-${tuesday}-status-absent_without_notice"]`).click();
  await page.locator(`#mark-${periodId}-${tuesday}-submit`).click();
  const alerts = page.locator('#absence-alerts');
  await alerts.waitFor();
  assert.match(await alerts.innerText(), new RegExp(`Ilmoittamaton poissaolo ti ${fi(tuesday)}, Puutyöpaja`));
  await shotSection(page, 'periods-06-absence-alert-section');
  await accessibleInFiAndSv(page, 'periods-06-absence-alert');
  await alerts.locator('textarea').fill('Soitettu asiakkaalle, sovittu uusi aloitus.');
  // KTT: no acceptable reason, and the day the employment authority was told.
  await alerts.locator('label', { hasText: 'ei ollut hyväksyttävää syytä' }).click();
  await alerts.locator('input[id$="-told-on"]').fill(fi(today));
  await shotSection(page, 'periods-06b-alert-handling-section');
  await alerts.getByRole('button', { name: 'Merkitse käsitellyksi' }).click();
  await page.locator('#absence-alert-status', { hasText: 'käsitellyksi' }).waitFor();
  assert.equal(await alerts.locator('li').count(), 0, 'the handled alert leaves the list');
  const handled = (await (await world.as('instructor')).must('GET', '/api/v1/absence-alerts')).items.find((x) => x.caseId === caseId);
  assert.equal(handled?.noAcceptableReason, true, JSON.stringify(handled));
  assert.equal(handled?.employmentAuthorityToldOn, today);
  assert.match(handled?.handledNote ?? '', /sovittu uusi aloitus/);

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});

test("the provider's coach changes the schedule from a date on and moves a day, each refusal beside its field", async () => {
  await setUp();
  const instructor = await world.as('instructor');
  const list = await instructor.must('GET', `/api/v1/cases/${made.case.id}/periods`);
  assert.ok(list.items.length, 'the period of the first test');
  const p = list.items[0];
  const tuesdayBefore = addDays(monday, 1);
  const marked = await instructor.must('GET', `/api/v1/periods/${p.id}/attendance?from=${tuesdayBefore}&to=${tuesdayBefore}`);
  if (!marked.records.length) {
    await instructor.must('PUT', `/api/v1/periods/${p.id}/attendance/${tuesdayBefore}`, { status: 'absent_without_notice' });
  }
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, world.users.coach.username);
  await page.goto(`/cases/${made.case.id}#attendance`);
  await page.locator('#provider-view-notice').waitFor();
  const item = page.locator(`#period-${p.id}`);
  await item.waitFor();
  assert.equal(await page.locator('#plan-period').count(), 1, 'the coach plans new periods too: the bookings come from period-bookings');
  const choices = await (await world.as('coach')).must('GET', `/api/v1/cases/${made.case.id}/period-bookings`);
  assert.deepEqual(choices.items.map((b) => b.id), [made.booking.id], "the coach is offered the case's booking");

  // From a past date: refused next to the date; then from next Monday on, three days a week.
  const nextMonday = addDays(monday, 21);
  await page.locator(`#period-${p.id}-change-schedule`).click();
  const sf = `step-${p.id}`;
  await page.locator(`#${sf}-from`).fill(fi(addDays(today, -1)));
  await page.locator(`#${sf}-submit`).click();
  await page.locator(`#${sf}-from-statusText`, { hasText: /\S/ }).waitFor();
  assert.equal(await page.locator(`#${sf}-from`).inputValue(), fi(addDays(today, -1)), 'what was typed stays');
  await assertAccessible(page, 'periods-08-step-refused');
  await page.locator(`#${sf}-from`).fill(fi(nextMonday));
  await checkDay(page, sf, 4);
  await page.locator(`#${sf}-hours-4`).fill('4');
  await page.locator(`#${sf}-submit`).click();
  await page.locator(`#period-${p.id}-status`, { hasText: 'tallennettiin' }).waitFor();
  await page.waitForFunction(
    ({ id, text }) => document.getElementById(id)?.textContent?.includes(text),
    { id: `period-${p.id}-steps`, text: `ma, ti, to 4 h ${fi(nextMonday)} alkaen` },
  );

  // The Tuesday after next Monday to its Wednesday (not scheduled that week), with the reason.
  const from = addDays(nextMonday, 1);
  const to = addDays(nextMonday, 2);
  await page.locator(`#period-${p.id}-move-day`).click();
  const mf = `move-${p.id}`;
  await page.locator(`#${mf}-fromDay`).fill(fi(from));
  await page.locator(`#${mf}-toDay`).fill(fi(addDays(to, 7)));
  await page.locator(`#${mf}-reason`).fill('Työpaja on kiinni tiistaina.');
  await page.locator(`#${mf}-submit`).click();
  await page.locator(`#${mf}-toDay-statusText`, { hasText: /\S/ }).waitFor();
  await assertAccessible(page, 'periods-09-move-refused');
  await page.locator(`#${mf}-toDay`).fill(fi(to));
  await page.locator(`#${mf}-submit`).click();
  await page.locator(`#period-${p.id}-moves`).waitFor();
  assert.match(
    await page.locator(`#period-${p.id}-moves`).innerText(),
    new RegExp(`ti ${fi(from)} siirretty päivälle ke ${fi(to)}: Työpaja on kiinni tiistaina`),
  );

  // A break of a week two weeks after next Monday: the last day before the first is refused beside it, with the
  // reason kept; then it is saved, and ended early.
  const breakFrom = addDays(nextMonday, 14);
  await page.locator(`#period-${p.id}-add-break`).click();
  const bf = `break-${p.id}`;
  await page.locator(`#${bf}-from`).fill(fi(breakFrom));
  await page.locator(`#${bf}-to`).fill(fi(addDays(nextMonday, 7)));
  await page.locator(`#${bf}-reason`).fill('Kuntoutusjakso sairaalassa.');
  await page.locator(`#${bf}-submit`).click();
  await page.locator(`#${bf}-to-statusText`, { hasText: /\S/ }).waitFor();
  assert.equal(await page.locator(`#${bf}-reason`).inputValue(), 'Kuntoutusjakso sairaalassa.', 'what was typed stays');
  await assertAccessible(page, 'periods-12-break-refused');
  await page.locator(`#${bf}-to`).fill(fi(addDays(breakFrom, 4)));
  await page.locator(`#${bf}-submit`).click();
  const breaks = page.locator(`#period-${p.id}-breaks`);
  await breaks.waitFor();
  assert.match(await breaks.innerText(), new RegExp(`${fi(breakFrom)}–${fi(addDays(breakFrom, 4))}: Kuntoutusjakso sairaalassa`));
  await breaks.getByRole('button', { name: 'Peru tauko' }).waitFor();
  await breaks.locator('button[id*="-end-break-"]').click();
  const endForm = page.locator('form[id^="break-end-"]');
  await endForm.locator('input').fill(fi(addDays(breakFrom, 1)));
  await endForm.locator('button[type="submit"]').click();
  await page.locator(`#period-${p.id}-status`, { hasText: 'Tauon päättyminen tallennettiin' }).waitFor();
  await page.waitForFunction(
    ({ id, text }) => document.getElementById(id)?.textContent?.includes(text),
    { id: `period-${p.id}-breaks`, text: `${fi(breakFrom)}–${fi(addDays(breakFrom, 1))}` },
  );
  const paused = await instructor.must('GET', `/api/v1/periods/${p.id}/attendance?from=${breakFrom}&to=${breakFrom}`);
  assert.equal(paused.period.breaks.length, 1);

  // The instructor corrects the Tuesday meanwhile: the coach's correction answers 409, keeps what she typed and
  // offers keep mine / use saved; keeping hers saves it over the other.
  const att = `attendance-${p.id}`;
  const tuesday = addDays(monday, 1);
  const mk = `mark-${p.id}-${tuesday}`;
  await page.locator(`#${att}-${tuesday}-mark`).click();
  await page.locator(`label[for="${mk}-status-absent_with_notice"]`).click();
  await page.locator(`label[for="${mk}-reason-illness"]`).click();
  const why = 'Asiakas oli ilmoittanut sairastumisesta valmentajalle.';
  await page.locator(`#${mk}-why`).fill(why);
  const days = await instructor.must('GET', `/api/v1/periods/${p.id}/attendance?from=${tuesday}&to=${tuesday}`);
  assert.equal(days.records.length, 1, 'the Tuesday is marked');
  await instructor.must('PUT', `/api/v1/periods/${p.id}/attendance/${tuesday}`, {
    status: 'absent_with_notice', absenceReason: 'other', why: 'Ilmoitus tuli sähköpostilla.', version: days.records[0].version,
  });
  await page.locator(`#${mk}-submit`).click();
  await page.locator('#conflict-notice').waitFor();
  assert.equal(await page.locator(`#${mk}-why`).inputValue(), why, 'what was typed stays');
  await assertAccessible(page, 'periods-11-conflict');
  await page.locator('#keep-mine').click();
  await page.locator('#conflict-notice').waitFor({ state: 'detached' });
  await page.locator(`#${mk}-submit`).click();
  await page.waitForFunction(
    (id) => /poissa, ilmoitettu: oma sairaus/.test(document.getElementById(id)?.textContent ?? ''),
    `${att}-${tuesday}`,
  );
  await shotSection(page, 'periods-10-coach-section');
  await accessibleInFiAndSv(page, 'periods-10-coach', async () => {
    await page.locator(`#period-${p.id}-moves`, { hasText: 'flyttad till' }).waitFor();
    await page.locator(`#period-${p.id}`, { hasText: 'Uppehåll' }).waitFor();
  });
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});

test('the period and its attendance read well on a 360 px phone', async () => {
  await setUp();
  // The period of the test before, or one made here when that one failed before saving it.
  const instructor = await world.as('instructor');
  const list = await instructor.must('GET', `/api/v1/cases/${made.case.id}/periods`);
  if (!list.items.length) {
    await instructor.must('POST', `/api/v1/cases/${made.case.id}/periods`, {
      bookingId: made.booking.id, startDate: monday, endDate: end,
      steps: [{ from: monday, days: [{ weekday: 1, hours: 4 }, { weekday: 2, hours: 4 }] }],
    });
  }
  const { page } = await open(PHONE);
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#attendance`);
  await page.locator('#period-list > li').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'attendance', null, { timeout: 10_000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the case page scrolls sideways at 360 px: scrollWidth ${width}: ${await wideElements(page)}`);
  await page.locator('#plan-period').click();
  await page.locator('#period-start').fill(fi(addDays(end, 1)));
  await page.locator('#period-end').fill(fi(addDays(addMonths(end, 3), 0)));
  await checkDay(page, 'period-step-0', 1);
  await page.locator('#period-step-0-hours-1').fill('4');
  await page.locator('#period-calendar').waitFor();
  const widthEditing = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(widthEditing <= 360, `the editor scrolls sideways at 360 px: scrollWidth ${widthEditing}: ${await wideElements(page)}`);
  await shotSection(page, 'periods-section-phone');
  await assertAccessible(page, 'periods-07-phone');
});
