// Absence notices to Kela (issue #12, point 4): a KTT client whose benefit Kela pays was ill one day, away without
// notice another and the place was closed on a third, all in the two weeks that ended last. The social instructor,
// the client's own worker, finds the task on her start page, lands on the notice on "Poissaoloilmoitukset" (axe-core
// clean in Finnish and in Swedish), reads its days in Kela's words, fetches its PDF through the page's link and marks
// it sent; it moves under "Lähetetyt" with her name. The purchaser's manager reads the page but has no button to
// mark a notice sent; she chooses the days shown (the notice's own two weeks, weeks before the work), which the
// address keeps over a reload, and an end before the start or a range of more than a year is explained at its field.
// The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 notices.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleInFiAndSv, assertAccessible, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';
import { addDays, addMonths, buildWorld, caseInImplementation, fi, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();

// A case whose work started on the Monday on or before the first of last month (as in compensation.test.mjs),
// coming on Mondays, Tuesdays and Wednesdays. The notice's two weeks are the last ones of the period that have
// ended: the server's task looks back 35 days and its list eight weeks, so the period's first two weeks can be too
// old for the task late in a month.
const today = todayIso();
const firstOfMonth = addMonths(`${today.slice(0, 7)}-01`, -1);
const start = addDays(firstOfMonth, 1 - isoWeekday(firstOfMonth));
const daysBetween = (a, b) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const windowFrom = addDays(start, (Math.floor(daysBetween(start, today) / 14) - 1) * 14);
const windowTo = addDays(windowFrom, 13);
const due = addDays(windowTo, 7);
const span = `${fi(windowFrom)}–${fi(windowTo)}`;
const FIRST_NAMES = 'Noora';
const LAST_NAME = 'Poissaoleva';

/** A string as a regular expression's literal text. */
const literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * An accessible name "Action: which" whose "which" is visually hidden: the hidden span is a block (absolutely
 * positioned), so the name may have a space before the colon.
 */
const named = (action, which) => new RegExp(`^${literal(action)}\\s*: ${literal(which)}$`);
/** Text with every kind of space as one plain space. */
const plain = (s) => s.replace(/\s+/g, ' ').trim();
const textOf = async (locator) => plain(await locator.innerText());

let world;
let made;
let period;
let marked;
/** The world, the case, its period, Kela as the benefit payer, the own worker, and the three marks (once). */
async function setUp() {
  if (made) return;
  world = await buildWorld(env.server.baseUrl, 'po');
  made = await caseInImplementation(world, { start, firstNames: FIRST_NAMES, lastName: LAST_NAME });
  const instructor = await world.as('instructor');
  const manager = await world.as('manager');
  const clientId = made.client.id;
  period = await instructor.must('POST', `/api/v1/cases/${made.case.id}/periods`, {
    bookingId: made.booking.id, startDate: start, endDate: addDays(addMonths(start, 3), -1),
    steps: [{ from: start, days: [1, 2, 3].map((weekday) => ({ weekday, hours: 4 })) }],
  });
  assert.ok(windowFrom >= start && windowTo < today, `two ended weeks of the period: ${windowFrom}..${windowTo}`);
  await instructor.must('POST', `/api/v1/clients/${clientId}/benefits`, { payer: 'kela', validFrom: start });
  const person = await instructor.must('GET', `/api/v1/clients/${clientId}`);
  await manager.must('PUT', `/api/v1/clients/${clientId}/own-worker`, {
    ownWorkerId: world.users.instructor.id, version: person.version,
  });
  const days = await instructor.must('GET', `/api/v1/periods/${period.id}/attendance?from=${windowFrom}&to=${windowTo}`);
  const expected = days.expected.map((d) => d.date).filter((d) => d >= windowFrom && d <= windowTo);
  assert.ok(expected.length >= 3, `days of ${windowFrom}..${windowTo} to mark: ${JSON.stringify(days.expected)}`);
  marked = { illness: expected[0], away: expected[1], closed: expected[2] };
  const mark = (day, body) => instructor.must('PUT', `/api/v1/periods/${period.id}/attendance/${day}`, body, 200);
  await mark(marked.illness, { status: 'absent_with_notice', absenceReason: 'illness' });
  await mark(marked.away, { status: 'absent_without_notice' });
  await mark(marked.closed, { status: 'place_closed' });
}

/** The notice of the period's two weeks as the API lists it for `who`. */
async function noticeOf(who) {
  const list = await (await world.as(who)).must('GET', `/api/v1/organisations/${world.county.id}/absence-notices`);
  return list.items.find((n) => n.periodId === period.id && n.windowFrom === windowFrom);
}

test('the own worker opens the notice from her task, reads it, fetches its PDF and marks it sent', async () => {
  await setUp();
  const before = await noticeOf('instructor');
  assert.ok(before, 'the notice is listed');
  assert.ok(['to_send', 'late'].includes(before.state), before.state);
  assert.equal(before.recipient, 'kela');
  const which = `${before.clientName}, ${span}`;
  const elementId = `notice-${period.id}-${windowFrom}`;
  const headingId = `notice-${period.id}-until-${windowTo}`;

  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.instructor.username);
  await page.waitForURL('**/my-work');

  // The task on the start page, its link to the notice (another two weeks of the period with a public holiday on a
  // Monday to Wednesday would be a notice, and a task, of their own).
  const task = page
    .locator('#task-list li[data-kind="absence_notice_to_send"]')
    .filter({ has: page.locator(`a[href="/compensation/notices?org=${world.county.id}#${headingId}"]`) });
  await task.waitFor();
  assert.equal(await task.count(), 1, 'one task for these two weeks');
  const taskText = await textOf(task);
  assert.ok(taskText.includes(before.clientName), taskText);
  assert.match(taskText, /Poissaoloilmoitus Kelalle tai työttömyyskassalle odottaa lähettämistä/);
  assert.ok(taskText.includes(`Eräpäivä ${fi(due)}`), taskText);
  await task.getByRole('link', { name: named('Lähetä poissaoloilmoitus', before.clientName) }).click();
  // The task names its purchaser: the page opens on it, whichever purchasers the worker has.
  await page.waitForURL(
    (url) =>
      url.pathname === '/compensation/notices' && url.searchParams.get('org') === String(world.county.id) && url.hash === `#${headingId}`,
  );
  await expectHeading(page, 'Poissaoloilmoitukset');
  await page.waitForFunction((id) => document.activeElement?.id === id, headingId, { timeout: 10_000 });

  // The notice under "Lähetettävät", in words.
  const notice = page.locator(`#notices-to-send-list #${elementId}`);
  await notice.waitFor();
  assert.equal(await textOf(notice.locator('h3')), which);
  const state = await textOf(notice.locator('.nt-state'));
  assert.equal(state, `${before.state === 'late' ? 'Myöhässä' : 'Lähetettävä'}, eräpäivä ${fi(due)}`);
  assert.match(await textOf(notice.locator('.nt-facts')), /Toimintapaikka Puutyöpaja Vastaanottaja Kela Eräpäivä/);
  const illness = notice.locator(`tr[data-day="${marked.illness}"]`);
  assert.equal(await illness.getAttribute('data-category'), 'own_illness');
  assert.equal(await textOf(illness), `${fi(marked.illness)} Oma sairaus Kyllä`);
  const away = notice.locator(`tr[data-day="${marked.away}"]`);
  assert.equal(await away.getAttribute('data-category'), 'other');
  assert.equal(await textOf(away), `${fi(marked.away)} Muu syy Ei`);
  assert.equal(await notice.locator('.nt-absences caption').innerText(), `Poissaolot: ${which}`);
  const closed = notice.locator(`.nt-not-arranged li[data-day="${marked.closed}"]`);
  assert.equal(await closed.getAttribute('data-why'), 'place_closed');
  assert.equal(await textOf(closed), `${fi(marked.closed)}: toimintapaikka suljettu`);
  const send = notice.getByRole('button', { name: named('Merkitse lähetetyksi', which) });
  assert.equal(await send.count(), 1, 'the button names its notice');
  await accessibleInFiAndSv(page, 'notices-01-to-send', async () => {
    await expectHeading(page, 'Frånvaroanmälningar');
    await notice.locator(`tr[data-day="${marked.illness}"]`, { hasText: 'Egen sjukdom' }).waitFor();
    assert.match(await textOf(notice.locator('.nt-state')), /^(Ska skickas|Försenad), förfallodag /);
    assert.match(await textOf(notice.locator('.nt-facts')), /Mottagare FPA/);
    assert.equal(await textOf(closed), `${fi(marked.closed)}: verksamhetsstället stängt`);
    assert.match(await notice.locator('.nt-pdf').getAttribute('href'), /\/pdf\?lang=sv$/);
    await notice.getByRole('button', { name: named('Markera som skickad', which) }).waitFor();
  });

  // The PDF through the page's link (the session cookie of the page's context goes with it), in Finnish.
  await notice.locator('.nt-pdf', { hasText: 'Avaa PDF' }).waitFor();
  const link = notice.locator('.nt-pdf');
  assert.equal(await link.getAttribute('target'), '_blank');
  const href = await link.getAttribute('href');
  assert.equal(href, `/api/v1/periods/${period.id}/absence-notices/${windowFrom}/pdf?lang=fi`);
  const pdf = await page.request.get(new URL(href, page.url()).toString());
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const bytes = await pdf.body();
  assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');

  // Marked sent: announced, under "Lähetetyt" with her name, and the focus follows it.
  await send.click();
  await page.locator('#notice-status', { hasText: `Ilmoitus merkittiin lähetetyksi: ${which}.` }).waitFor();
  const sent = page.locator(`#notices-sent-list #${elementId}`);
  await sent.waitFor();
  assert.equal(await page.locator(`#notices-to-send-list #${elementId}`).count(), 0, 'no longer to send');
  assert.equal(await sent.getAttribute('data-state'), 'sent');
  assert.match(await textOf(sent.locator('.nt-state')), new RegExp(`^Lähetetty \\d+\\.\\d+\\.\\d{4} \\d+\\.\\d{2}, lähetti ${world.users.instructor.displayName}$`));
  assert.equal(await sent.locator('button').count(), 0, 'a sent notice has no button');
  await page.waitForFunction((id) => document.activeElement?.id === id, headingId, { timeout: 10_000 });
  await assertAccessible(page, 'notices-02-sent');
  const after = await noticeOf('instructor');
  assert.equal(after.state, 'sent');
  assert.equal(after.sentBy, world.users.instructor.displayName);
  const tasks = await (await world.as('instructor')).must('GET', '/api/v1/tasks');
  const settled = tasks.items.filter((t) => t.kind === 'absence_notice_to_send' && t.periodId === period.id && t.since === addDays(windowTo, 1));
  assert.deepEqual(settled, [], 'the task is settled');

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});

test("the purchaser's manager reads the notices but does not mark them sent", async () => {
  await setUp();
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.manager.username);
  await page.getByRole('link', { name: 'Korvaukset', exact: true }).click();
  await page.waitForURL('**/compensation');
  await expectHeading(page, 'Korvaukset');
  await page.locator('#compensation-nav-notices', { hasText: 'Poissaoloilmoitukset' }).click();
  await page.waitForURL('**/compensation/notices*');
  await expectHeading(page, 'Poissaoloilmoitukset');
  assert.equal(await page.locator('#compensation-nav-notices').getAttribute('aria-current'), 'page');
  await page.locator('#notices-who-records').waitFor();

  // The notice stands where the first test left it (sent), or still to send when this test runs alone.
  const notice = page.locator(`#notice-${period.id}-${windowFrom}`);
  await notice.waitFor();
  assert.ok(['sent', 'to_send', 'late'].includes(await notice.getAttribute('data-state')));
  assert.match(await textOf(notice.locator('h3')), new RegExp(LAST_NAME));
  assert.equal(await page.locator('.nt-send').count(), 0, 'no button to mark a notice sent');
  assert.equal(await notice.locator('.nt-pdf').count(), 1, 'the PDF to read');
  await accessibleInFiAndSv(page, 'notices-03-manager', async () => {
    await expectHeading(page, 'Frånvaroanmälningar');
    await page.locator('#notices-who-records', { hasText: 'socialarbetare' }).waitFor();
  });

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});

test('a chosen range of days is kept in the address and after a reload; a wrong one is explained at its field', async () => {
  await setUp();
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.manager.username);
  await page.goto(`/compensation/notices?org=${world.county.id}`);
  await expectHeading(page, 'Poissaoloilmoitukset');
  const from = page.locator('#notices-from');
  const to = page.locator('#notices-to');
  const shown = page.locator('#notices-range-shown');
  const notice = page.locator(`#notice-${period.id}-${windowFrom}`);
  // By default the eight weeks up to today.
  await notice.waitFor();
  assert.equal(await from.inputValue(), fi(addDays(today, -56)));
  assert.equal(await to.inputValue(), fi(today));
  assert.equal(await textOf(shown), `Näytetään ilmoitukset ajalta ${fi(addDays(today, -56))}–${fi(today)}.`);

  // The notice's own two weeks.
  await from.fill(fi(windowFrom));
  await to.fill(fi(windowTo));
  await page.locator('#notices-range-show').click();
  const inAddress = (f, t) => (url) => url.searchParams.get('from') === f && url.searchParams.get('to') === t && url.searchParams.get('org') === String(world.county.id);
  await page.waitForURL(inAddress(windowFrom, windowTo));
  await shown.filter({ hasText: span }).waitFor();
  await notice.waitFor();
  await page.reload();
  await expectHeading(page, 'Poissaoloilmoitukset');
  await notice.waitFor();
  assert.ok(inAddress(windowFrom, windowTo)(new URL(page.url())), page.url());
  assert.equal(await from.inputValue(), fi(windowFrom));
  assert.equal(await to.inputValue(), fi(windowTo));
  assert.match(await textOf(shown), new RegExp(`ajalta ${literal(span)}\\.`));
  await accessibleInFiAndSv(page, 'notices-04-range', async () => {
    await shown.filter({ hasText: `Anmälningarna för tiden ${span} visas.` }).waitFor();
    await page.getByLabel('Från', { exact: true }).waitFor();
  });

  // Weeks before the work started: no notices.
  const early = [addDays(start, -70), addDays(start, -15)];
  await from.fill(fi(early[0]));
  await to.fill(fi(early[1]));
  await page.locator('#notices-range-show').click();
  await page.waitForURL(inAddress(...early));
  await page.locator('#notices-to-send-list-none').waitFor();
  assert.equal(await notice.count(), 0);

  // An end before the start is explained before anything is asked; the address keeps the range shown.
  await from.fill(fi(windowTo));
  await to.fill(fi(windowFrom));
  await page.locator('#notices-range-show').click();
  await page.locator('#notices-to-statusText', { hasText: 'Päättymispäivä ei voi olla ennen alkamispäivää.' }).waitFor();
  assert.ok(inAddress(...early)(new URL(page.url())), page.url());
  assert.equal(await from.inputValue(), fi(windowTo));
  assert.equal(await to.inputValue(), fi(windowFrom));

  // More than a year the server refuses, at the end's field; the typed dates stay.
  const long = [addDays(today, -400), today];
  await from.fill(fi(long[0]));
  await to.fill(fi(long[1]));
  await page.locator('#notices-range-show').click();
  await page.waitForURL(inAddress(...long));
  await page.locator('#notices-to-statusText', { hasText: 'Arvo on sallitun alueen ulkopuolella.' }).waitFor();
  assert.equal(await from.inputValue(), fi(long[0]));
  assert.equal(await to.inputValue(), fi(long[1]));
  assert.equal(await page.locator('#notices-to-send').count(), 0, 'no lists for a refused range');
  assert.equal(await shown.count(), 0, 'no range said to be shown');
  assert.equal(await textOf(page.locator('#notices-range-hint')), 'Valitse enintään vuoden mittainen aika.');
  await assertAccessible(page, 'notices-05-range-refused');

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no console errors');
});
