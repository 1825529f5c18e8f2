// The placement supervisor's day on a phone (360 × 740): today's clients marked with one tap, one absent without
// notice; a day marked without a connection and sent when it returns; a late mark refused with its reason; and the
// social instructor sees the alert first. Data of its own (fixtures.mjs), in Finnish and in Swedish, axe-core clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, signIn, useServerAndBrowser } from './helpers.mjs';
import { Api, addDays, addMonths, buildWorld, caseInImplementation, isoWeekday, todayIso } from './fixtures.mjs';

const suite = useServerAndBrowser();
const open = (options) => suite.open(options);
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** The day to mark: today, or the latest day before it that is no public holiday (nothing is expected on one). */
async function dayToMark(api) {
  const today = todayIso();
  const holidays = new Set();
  for (const year of new Set([today.slice(0, 4), addDays(today, -7).slice(0, 4)])) {
    for (const h of (await api.must('GET', `/api/v1/public-holidays?year=${year}`)).items) holidays.add(h.date);
  }
  let day = today;
  while (holidays.has(day)) day = addDays(day, -1);
  return day;
}

test('the supervisor marks the day on a phone, also offline, and the instructor sees the absence first', async () => {
  const { baseUrl } = suite.server;
  const world = await buildWorld(baseUrl, 'at');
  const admin = await Api.signIn(baseUrl, 'admin');
  await admin.must('POST', '/api/v1/users', {
    username: 'at-supervisor', displayName: 'Sami Pajaohjaaja', email: 'at-supervisor@example.invalid',
    password: 'polku-demo-2026', roles: [{ organisationId: world.association.id, role: 'placement_supervisor' }],
  });
  const instructor = await world.as('instructor');
  const day = await dayToMark(instructor);
  const start = addDays(day, 1 - isoWeekday(day) - 14); // the Monday two weeks before the day's week
  // Both clients come on the day's weekday and the two days before it (three days, as the decision allows).
  const weekdays = [0, 1, 2].map((k) => ((isoWeekday(day) - 1 - k + 7) % 7) + 1);
  const periods = {};
  for (const [firstNames, lastName] of [['Aapo', 'Ahkera'], ['Bea', 'Poissaoleva']]) {
    const made = await caseInImplementation(world, { start, firstNames, lastName });
    periods[firstNames] = await instructor.must('POST', `/api/v1/cases/${made.case.id}/periods`, {
      bookingId: made.booking.id, startDate: start, endDate: addDays(addMonths(start, 3), -1),
      steps: [{ from: start, days: weekdays.map((weekday) => ({ weekday, hours: 4 })) }],
    });
  }
  const aapo = periods.Aapo.id;
  const bea = periods.Bea.id;
  const section = day === todayIso() ? '#today' : '#week';

  const { page, context } = await open(PHONE);
  await signIn(page, 'at-supervisor');
  await page.waitForURL('**/my-places');
  const card = (periodId, date) => page.locator(`li[aria-labelledby="day-${periodId}-${date}-name"]`);
  await card(aapo, day).first().waitFor();
  await assertAccessible(page, 'attendance-phone-fi');

  // One tap: present for the schedule's hours.
  await page.locator(`${section} li[aria-labelledby="day-${aapo}-${day}-name"] .at-primary`).click();
  await page.locator(`${section} #day-${aapo}-${day}-state`).filter({ hasText: 'Paikalla 4 h' }).waitFor();
  // Bea did not come and did not call.
  const beaCard = page.locator(`${section} li[aria-labelledby="day-${bea}-${day}-name"]`);
  await beaCard.getByRole('button', { name: 'Poissa tai muu' }).click();
  await beaCard.getByLabel('Poissa ilman ilmoitusta').check();
  await beaCard.getByRole('button', { name: 'Tallenna' }).click();
  await page.locator(`${section} #day-${bea}-${day}-state`).filter({ hasText: 'Poissa ilman ilmoitusta' }).waitFor();
  await page.locator('#sync-status').filter({ hasText: 'Kaikki merkinnät on tallennettu.' }).waitFor();

  // The week before, read while there is a connection; then without one, a day of Aapo's is marked and waits.
  const previousMonday = addDays(day, 1 - isoWeekday(day) - 7);
  const expected = (await instructor.must('GET', `/api/v1/periods/${aapo}/attendance?from=${previousMonday}&to=${addDays(previousMonday, 6)}`)).expected;
  const earlier = expected.at(-1).date;
  await page.locator('#week').getByRole('button', { name: 'Edellinen viikko' }).click();
  const earlierCard = page.locator(`#week li[aria-labelledby="day-${aapo}-${earlier}-name"]`);
  await earlierCard.waitFor();
  await context.setOffline(true);
  await earlierCard.locator('.at-primary').click();
  await earlierCard.getByText('odottaa lähetystä').waitFor();
  await page.locator('#sync-status').filter({ hasText: '1 merkintä odottaa yhteyttä' }).waitFor();
  // Meanwhile the instructor marks Bea's earlier day; the phone's mark of it, made offline, will be refused.
  const beaEarlier = page.locator(`#week li[aria-labelledby="day-${bea}-${earlier}-name"]`);
  await beaEarlier.locator('.at-primary').click();
  await instructor.must('PUT', `/api/v1/periods/${bea}/attendance/${earlier}`, { status: 'absent_with_notice', absenceReason: 'illness' }, 200);
  await assertAccessible(page, 'attendance-phone-offline-fi');

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.locator('#refused-marks').waitFor();
  assert.match(await page.locator('#refused-marks').innerText(), /Bea Poissaoleva/);
  await page.locator('#sync-status').filter({ hasText: 'Kaikki merkinnät on tallennettu.' }).waitFor();
  const aapoDays = await instructor.must('GET', `/api/v1/periods/${aapo}/attendance?from=${earlier}&to=${day}`);
  const marked = Object.fromEntries(aapoDays.records.map((r) => [r.day, r]));
  assert.equal(marked[earlier]?.status, 'present', 'the offline mark arrived');
  assert.equal(marked[earlier].changes.length, 1, 'and was made once');
  assert.equal(marked[day]?.minutes, 240);
  const beaDays = await instructor.must('GET', `/api/v1/periods/${bea}/attendance?from=${earlier}&to=${earlier}`);
  assert.equal(beaDays.records[0].status, 'absent_with_notice', 'the refused mark changed nothing');
  await page.locator('#refused-marks').getByRole('button', { name: 'Selvä' }).click();
  await page.locator('#refused-marks').waitFor({ state: 'detached' });

  // The same page in Swedish.
  await page.evaluate(() => localStorage.setItem('polku.language', 'sv'));
  await page.reload();
  await page.getByRole('heading', { name: /^I dag / }).waitFor();
  await assertAccessible(page, 'attendance-phone-sv');

  // A group of the two at the place: its session on one screen, in Swedish and in Finnish.
  const supervisorApi = await Api.signIn(baseUrl, 'at-supervisor');
  const group = await supervisorApi.must('POST', `/api/v1/places/${world.place.id}/groups`, {
    name: 'Aamupäivän ryhmä', sessions: weekdays.map((weekday) => ({ weekday, startTime: '09:00', hours: 4 })),
  });
  for (const periodId of [aapo, bea]) {
    await supervisorApi.must('POST', `/api/v1/groups/${group.id}/members`, { periodId }, 200);
  }
  await page.goto(`/groups/${group.id}`);
  await page.getByRole('heading', { name: 'Aamupäivän ryhmä' }).waitFor();
  await page.getByRole('heading', { name: 'Deltagare' }).waitFor();
  await assertAccessible(page, 'group-session-sv');
  await page.evaluate(() => localStorage.setItem('polku.language', 'fi'));
  await page.reload();
  await page.getByRole('heading', { name: 'Osallistujat' }).waitFor();
  await assertAccessible(page, 'group-session-fi');

  // The instructor's start page puts the absence first; the bell has its notification.
  const desk = await open();
  await signIn(desk.page, world.users.instructor.username);
  await desk.page.waitForURL('**/my-work');
  const firstTask = desk.page.locator('#tasks li').first();
  await firstTask.waitFor();
  assert.match(await firstTask.innerText(), /Ilmoittamaton poissaolo/);
  assert.match(await firstTask.innerText(), /Bea Poissaoleva/);
  await assertAccessible(desk.page, 'attendance-instructor-fi');
});
