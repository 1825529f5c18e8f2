// The case page's "Välipalaverit" (issue #13 item 7): the instructor schedules a meeting a week ahead with the
// client, the own worker and a close person with an address (refused without a place, next to the field, in
// Finnish, nothing typed lost), sees it listed with who gets an e-mail invitation, changes its time (also after
// someone else changed it meanwhile: told, the list read again, the typed values kept); enters a meeting held three
// days ago and records it with notes, who attended and the next meeting's date; cancels the upcoming one with a
// reason and then sees "next meeting due" (and the meeting_due task). Axe-core in Finnish and in Swedish; the
// purchaser's manager reads without actions; the provider's coach keeps them in the provider's view; 360 px.
// The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 meetings.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleInFiAndSv, apiCall, assertAccessible, signIn, useServerAndBrowser } from './helpers.mjs';
import { axe, describeViolations, screenshot, WCAG_TAGS } from './browser.mjs';
import { addDays, buildWorld, caseInImplementation, fi, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const today = todayIso();
const monday = addDays(today, 1 - isoWeekday(today) - 14);
const weekAhead = addDays(today, 7);
const threeDaysAgo = addDays(today, -3);
const nextDate = addDays(today, 10);
const plain = (s) => s.replace(/\s+/g, ' ').trim();
const noServerErrors = (errors) => errors.filter((e) => !/status of 4\d\d/.test(e));
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const waitFocus = (page, id) => page.waitForFunction((x) => document.activeElement?.id === x, id, { timeout: 10_000 });

let world;
let made;
let earlier;
async function setUp() {
  if (world) return;
  world = await buildWorld(env.server.baseUrl, 'mt');
  made = await caseInImplementation(world, { start: monday, firstNames: 'Marja', lastName: 'Palaverinen' });
  // A start meeting held three weeks ago, made and recorded through the API: the list has something to read
  // for the manager whatever the instructor's test did.
  const instructor = await world.as('instructor');
  const m = await instructor.must('POST', `/api/v1/cases/${made.case.id}/meetings`, {
    startsAt: `${addDays(today, -21)}T09:00`, minutes: 45, location: 'Sosiaalitoimisto', agenda: 'Aloitus',
    participants: [{ role: 'client' }, { role: 'own_worker', userId: world.users.instructor.id }],
  });
  earlier = await instructor.must('PUT', `/api/v1/meetings/${m.id}/record`, {
    notes: 'Aloitus sujui.', attended: m.participants.map((p) => p.id), version: m.version,
  });
  assert.equal(earlier.state, 'held');
}

const meetingsOf = async () => (await (await world.as('instructor')).must('GET', `/api/v1/cases/${made.case.id}/meetings`)).meetings;

test('the instructor schedules, changes, records and cancels meetings', async () => {
  await setUp();
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#meetings`);
  const section = page.locator('#meetings');
  await section.locator(`#meeting-${earlier.id}`).waitFor();
  assert.equal(await page.locator('#meetings-heading').innerText(), 'Välipalaverit');
  assert.equal(await page.locator('#meetings-next-due').count(), 0, 'the held meeting named no next date');
  assert.match(plain(await page.locator(`#meeting-${earlier.id}`).innerText()), new RegExp(`${fi(addDays(today, -21))} klo 9\\.00–9\\.45`));
  assert.equal(await page.locator(`#meeting-${earlier.id}-state`).innerText(), 'Pidetty');

  // The form opens with the focus on its heading; the client and the own worker are chosen, the coach is not.
  await page.locator('#meeting-new-open').click();
  await waitFocus(page, 'meeting-new-heading');
  assert.equal(await page.locator('#meeting-new-party-client').isChecked(), true);
  assert.equal(await page.locator(`#meeting-new-party-own_worker-${world.users.instructor.id}`).isChecked(), true);
  assert.equal(await page.locator(`#meeting-new-party-coach-${world.users.coach.id}`).isChecked(), false);
  assert.match(await page.locator('#meeting-new-minutes_button').innerText(), /1 h/);
  assert.match(plain(await page.locator('#meeting-new-participants').innerText()), /Marja Palaverinen, Asiakas ei sähköpostia – kutsu muuten/);

  // No place: refused by the server next to its field, in Finnish; nothing typed is lost.
  await page.locator('#meeting-new-date').fill(fi(weekAhead));
  await page.locator('#meeting-new-time').fill('13.00');
  await page.locator('#meeting-new-agenda').fill('Tavoitteiden tarkistus ja jatko');
  await page.locator('#meeting-new-add-close').click();
  await waitFocus(page, 'meeting-new-named-1-name');
  await page.locator('#meeting-new-named-1-name').fill('Leena Läheinen');
  await page.locator('#meeting-new-named-1-email').fill('leena.laheinen@example.invalid');
  await page.locator('#meeting-new-submit').click();
  await page.locator('[id="meeting-new-location-statusText"]', { hasText: 'Pakollinen tieto' }).waitFor();
  const summary = page.locator('#meeting-new-errors li');
  assert.equal(await summary.count(), 1, `only the place is in error: ${await page.locator('#meeting-new-errors').innerText()}`);
  assert.match(await summary.first().innerText(), /^Paikka: Pakollinen tieto/);
  assert.equal(await page.locator('#meeting-new-agenda').inputValue(), 'Tavoitteiden tarkistus ja jatko', 'the agenda typed stays');
  assert.equal(await page.locator('#meeting-new-date').inputValue(), fi(weekAhead));
  assert.equal(await page.locator('#meeting-new-named-1-email').inputValue(), 'leena.laheinen@example.invalid');
  await page.locator('#meeting-new-form').screenshot({ path: 'artifacts/meetings-form.png' }).catch(() => {});
  await assertAccessible(page, 'meetings-01-place-required');

  await page.locator('#meeting-new-location').fill('Pajatie 1, neuvotteluhuone');
  await page.locator('#meeting-new-submit').click();
  await page.locator('#meetings-status', { hasText: 'Palaveri sovittu.' }).waitFor();
  await waitFocus(page, 'meeting-new-open');
  let meetings = await meetingsOf();
  const upcoming = meetings.find((m) => m.startsAt === `${weekAhead}T13:00`);
  assert.ok(upcoming, JSON.stringify(meetings));
  assert.deepEqual(upcoming.participants.map((p) => p.role), ['client', 'own_worker', 'close_person']);
  const up = `meeting-${upcoming.id}`;
  const item = page.locator(`#${up}`);
  assert.equal(await page.locator('#meetings-scheduled').locator(`#${up}`).count(), 1);
  assert.equal(await page.locator(`#${up}-heading`).innerText(), `${fi(weekAhead)} klo 13.00–14.00`);
  assert.equal(await page.locator(`#${up}-state`).innerText(), 'Sovittu');
  assert.equal(await page.locator(`#${up}-duration`).innerText(), '1 h');
  assert.equal(await page.locator(`#${up}-location`).innerText(), 'Pajatie 1, neuvotteluhuone');
  assert.equal(await page.locator(`#${up}-agenda`).innerText(), 'Tavoitteiden tarkistus ja jatko');
  const people = plain(await page.locator(`#${up}-participants`).innerText());
  assert.match(people, /Marja Palaverinen, Asiakas – ei sähköpostia – kutsu muuten/);
  assert.match(people, /Iida Ohjaaja, Omatyöntekijä – saa kutsun sähköpostilla/);
  assert.match(people, /Leena Läheinen, Läheinen – saa kutsun sähköpostilla \(leena\.laheinen@example\.invalid\)/);
  // Not to be recorded before its day: no action, the reason said instead.
  assert.equal(await page.locator(`#${up}-record`).count(), 0);
  assert.match(await page.locator(`#${up}-record-later`).innerText(), new RegExp(`päivästä ${fi(weekAhead).replace(/\./g, '\\.')} alkaen`));

  // Changing its time: the same form, filled in; the focus goes back to "Muuta" after the save.
  await page.locator(`#${up}-change`).click();
  await waitFocus(page, `${up}-edit-heading`);
  assert.equal(await page.locator(`#${up}-edit-time`).inputValue(), '13.00');
  assert.equal(await page.locator(`#${up}-edit-location`).inputValue(), 'Pajatie 1, neuvotteluhuone');
  assert.equal(await page.locator(`#${up}-edit-named-1-name`).inputValue(), 'Leena Läheinen');
  await page.locator(`#${up}-edit-time`).fill('14.30');
  await page.locator(`#${up}-edit-submit`).click();
  await page.locator('#meetings-status', { hasText: 'Muutokset tallennettu.' }).waitFor();
  await waitFocus(page, `${up}-change`);
  assert.equal(await page.locator(`#${up}-heading`).innerText(), `${fi(weekAhead)} klo 14.30–15.30`);

  // Changed meanwhile by someone else: the form says so, the list is read again, the typed agenda stays and saves.
  await page.locator(`#${up}-change`).click();
  await waitFocus(page, `${up}-edit-heading`);
  await page.locator(`#${up}-edit-agenda`).fill('Tavoitteet, jatko ja kesäloma');
  const current = (await meetingsOf()).find((m) => m.id === upcoming.id);
  const meanwhile = await apiCall(page, 'PUT', `/api/v1/meetings/${upcoming.id}`, {
    startsAt: current.startsAt, minutes: current.minutes, location: 'Pajatie 1, iso neuvotteluhuone', agenda: current.agenda,
    participants: current.participants.map((p) => (p.userId ? { role: p.role, userId: p.userId } : p.role === 'client' ? { role: 'client' } : { role: p.role, name: p.name, email: p.email })),
    version: current.version,
  });
  assert.equal(meanwhile.status, 200, JSON.stringify(meanwhile.body));
  await page.locator(`#${up}-edit-submit`).click();
  await page.locator(`#${up}-edit-stale`).waitFor();
  await page.locator(`#${up}-location`, { hasText: 'iso neuvotteluhuone' }).waitFor();
  assert.equal(await page.locator(`#${up}-edit-agenda`).inputValue(), 'Tavoitteet, jatko ja kesäloma', 'the typed agenda stays');
  await page.locator(`#${up}-edit-submit`).click();
  await page.locator('#meetings-status', { hasText: 'Muutokset tallennettu.' }).waitFor();
  assert.equal(await page.locator(`#${up}-agenda`).innerText(), 'Tavoitteet, jatko ja kesäloma');

  // A meeting held three days ago, entered afterwards (no invitations), then recorded.
  await page.locator('#meeting-new-open').click();
  await waitFocus(page, 'meeting-new-heading');
  await page.locator('#meeting-new-date').fill(fi(threeDaysAgo));
  await page.locator('#meeting-new-time').fill('10.00');
  await page.locator('#meeting-new-location').fill('Puutyöpaja');
  await page.locator(`label[for="meeting-new-party-coach-${world.users.coach.id}"]`).click();
  await page.locator('#meeting-new-past').waitFor();
  await page.locator('#meeting-new-submit').click();
  await page.locator('#meetings-status', { hasText: 'Palaveri lisätty.' }).waitFor();
  meetings = await meetingsOf();
  const held = meetings.find((m) => m.startsAt === `${threeDaysAgo}T10:00`);
  assert.ok(held, JSON.stringify(meetings));
  const pa = `meeting-${held.id}`;
  assert.equal(await page.locator(`#${pa}-state`).innerText(), 'Kirjaamatta');
  await page.locator(`#${pa}-record`).click();
  await waitFocus(page, `${pa}-record-heading`);
  const client = held.participants.find((p) => p.role === 'client');
  const coach = held.participants.find((p) => p.role === 'coach');
  assert.equal(await page.locator(`#${pa}-record-p-${client.id}`).isChecked(), true);
  await page.locator(`label[for="${pa}-record-p-${coach.id}"]`).click();
  await page.locator(`#${pa}-record-notes`).fill('Päivärytmi on vakiintunut. Jatketaan kolmena päivänä viikossa.');
  await page.locator(`#${pa}-record-next`).fill(fi(nextDate));
  await assertAccessible(page, 'meetings-02-record-form');
  await page.locator(`#${pa}-record-submit`).click();
  await page.locator('#meetings-status', { hasText: 'Palaveri kirjattu pidetyksi.' }).waitFor();
  await waitFocus(page, `${pa}-heading`);
  assert.equal(await page.locator('#meetings-closed').locator(`#${pa}`).count(), 1, 'held: among the closed ones');
  assert.equal(await page.locator(`#${pa}-state`).innerText(), 'Pidetty');
  assert.equal(await page.locator(`#${pa}-notes`).innerText(), 'Päivärytmi on vakiintunut. Jatketaan kolmena päivänä viikossa.');
  assert.equal(await page.locator(`#${pa}-next`).innerText(), fi(nextDate));
  const attended = plain(await page.locator(`#${pa}-participants`).innerText());
  assert.match(attended, /Marja Palaverinen, Asiakas – paikalla/);
  assert.match(attended, /Kaisa Valmentaja, Yksilövalmentaja – ei paikalla/);
  // Newest first among the closed ones.
  const closedIds = await page.locator('#meetings-closed > li').evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual(closedIds, [pa, `meeting-${earlier.id}`]);
  // A meeting is scheduled after the held one: nothing is due yet.
  assert.equal(await page.locator('#meetings-next-due').count(), 0);

  // Cancelling the upcoming one: refused without a reason, then cancelled; the next meeting is due.
  await page.locator(`#${up}-cancel`).click();
  await waitFocus(page, `${up}-cancelling-heading`);
  await page.locator(`#${up}-cancelling-submit`).click();
  await page.locator(`[id="${up}-cancelling-reason-statusText"]`, { hasText: 'Pakollinen tieto' }).waitFor();
  await page.locator(`#${up}-cancelling-reason`).fill('Asiakas sairastui.');
  await page.locator(`#${up}-cancelling-submit`).click();
  await page.locator('#meetings-status', { hasText: 'Palaveri peruttu.' }).waitFor();
  assert.equal(await page.locator(`#${up}-state`).innerText(), 'Peruttu');
  assert.equal(await page.locator(`#${up}-reason`).innerText(), 'Asiakas sairastui.');
  assert.equal(await page.locator('#meetings-scheduled').count(), 0);
  await page.locator('#meetings-next-due', { hasText: `Seuraava palaveri viimeistään ${fi(nextDate)}` }).waitFor();
  const tasks = await apiCall(page, 'GET', '/api/v1/tasks');
  assert.equal(tasks.status, 200);
  assert.ok(
    tasks.body.items.some((x) => x.kind === 'meeting_due' && x.caseId === made.case.id),
    `the next meeting waits on the own worker's list: ${JSON.stringify(tasks.body.items.map((x) => x.kind))}`,
  );
  await section.screenshot({ path: 'artifacts/meetings-section.png' }).catch(() => {});

  await accessibleInFiAndSv(page, 'meetings-03-list', async () => {
    await page.locator('#meetings-heading', { hasText: 'Uppföljningsmöten' }).waitFor();
    await page.locator('#meetings-next-due', { hasText: `Nästa möte senast ${fi(nextDate)}` }).waitFor();
    assert.equal(await page.locator(`#${up}-state`).innerText(), 'Inställt');
    assert.equal(await page.locator(`#${pa}-heading`).innerText(), `${fi(threeDaysAgo)} kl. 10.00–11.00`);
    assert.match(plain(await page.locator(`#${pa}-participants`).innerText()), /Marja Palaverinen, Klient – närvarande/);
    // The form in Swedish, its server message too.
    await page.locator('#meeting-new-open').click();
    await waitFocus(page, 'meeting-new-heading');
    await page.locator('#meeting-new-date').fill(fi(weekAhead));
    await page.locator('#meeting-new-time').fill('9.00');
    await page.locator('#meeting-new-submit').click();
    await page.locator('[id="meeting-new-location-statusText"]', { hasText: /\S/ }).waitFor();
    assert.doesNotMatch(await page.locator('[id="meeting-new-location-statusText"]').innerText(), /Pakollinen/);
    await assertAccessible(page, 'meetings-04-form-sv');
    await page.locator('#meeting-new-close').click();
    await waitFocus(page, 'meeting-new-open');
  });

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test("the purchaser's manager reads the meetings without the actions", async () => {
  await setUp();
  const { page } = await env.open();
  await signIn(page, world.users.manager.username);
  await page.goto(`/cases/${made.case.id}#meetings`);
  await page.locator(`#meeting-${earlier.id}`).waitFor();
  assert.equal(await page.locator('#meeting-new-open').count(), 0);
  assert.equal(await page.locator('#meetings button').count(), 0, 'no action of any meeting');
  assert.equal(await page.locator(`#meeting-${earlier.id}-notes`).innerText(), 'Aloitus sujui.');
  // The section only: the manager's page shows the stage records' disabled choices, which axe-core measures apart.
  await screenshot(page, 'meetings-05-manager');
  await axe(page);
  const violations = await page.evaluate(
    async (tags) => (await window.axe.run({ include: [['#meetings']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations,
    WCAG_TAGS,
  );
  assert.equal(violations.length, 0, describeViolations(violations.map((v) => ({ ...v, nodes: v.nodes.map((n) => n.target.join(' ')) }))));
});

test("the provider's coach keeps the meetings in the provider's view of the case", async () => {
  await setUp();
  const { page } = await env.open();
  // Invited by the instructor: the coach's notice (a user also in the app) leads to the section.
  const instructor = await world.as('instructor');
  await instructor.must('POST', `/api/v1/cases/${made.case.id}/meetings`, {
    startsAt: `${addDays(today, 14)}T12:00`, minutes: 30, location: 'Puutyöpaja',
    participants: [{ role: 'coach', userId: world.users.coach.id }],
  });
  await signIn(page, world.users.coach.username);
  const notices = await apiCall(page, 'GET', '/api/v1/notifications');
  assert.equal(notices.status, 200);
  const invitation = notices.body.items.find((n) => n.kind === 'meeting_invitation');
  assert.equal(invitation?.link, `/cases/${made.case.id}#meetings`, JSON.stringify(notices.body.items));
  await page.goto(invitation.link);
  await page.locator('#provider-view-notice').waitFor();
  await page.locator(`#meeting-${earlier.id}`).waitFor();
  await page.locator('#meeting-new-open').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'meetings', null, { timeout: 10_000 }).catch(() => {});
  assert.equal(await focusedId(page), 'meetings', 'the #meetings link lands on the section');
});

test('the meetings read well on a 360 px phone', async () => {
  await setUp();
  const { page } = await env.open(PHONE);
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#meetings`);
  await page.locator(`#meeting-${earlier.id}`).waitFor();
  await page.locator('#meeting-new-open').click();
  await page.locator('#meeting-new-add-close').click();
  await page.locator('#meeting-new-add-other').click();
  await page.locator('#meeting-new-named-2-name').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('#meetings *')]
      .filter((e) => e.getBoundingClientRect().right > 361)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`),
  );
  assert.ok(width <= 360 && wide.length === 0, `the meetings scroll sideways at 360 px: scrollWidth ${width}: ${wide}`);
  await page.locator('#meetings').screenshot({ path: 'artifacts/meetings-phone.png' });
  await assertAccessible(page, 'meetings-06-phone');
});
