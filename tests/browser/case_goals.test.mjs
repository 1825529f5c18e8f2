// The case page's "Tavoitteet ja tavoitteen eteneminen": a goal set in the plan, rated 2 in an intermediate
// evaluation and 4 in the final one, shows its progress as a chart (an image with a summary for a screen reader)
// and as a table with dates d.M.yyyy; the instructor revises a goal with its reason (refused without one), and the
// revision shows the reason and the text before; the manager, who only reads, has no revise action. Axe-core in
// Finnish and in Swedish, and 360 px. The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 case_goals.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleInFiAndSv, assertAccessible, signIn, useServerAndBrowser } from './helpers.mjs';
import { addDays, buildWorld, caseInImplementation, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const today = todayIso();
const monday = addDays(today, 1 - isoWeekday(today) - 14);
/** Today as the UI shows a date: d.M.yyyy in Helsinki. */
const fiToday = today.split('-').reverse().map(Number).join('.');

let world;
let made;
let rated;
let unrated;
async function setUp() {
  if (world) return;
  world = await buildWorld(env.server.baseUrl, 'go');
  made = await caseInImplementation(world, { start: monday, firstNames: 'Taina', lastName: 'Tavoitteinen' });
  const instructor = await world.as('instructor');
  const goals = `/api/v1/cases/${made.case.id}/goals`;
  rated = await instructor.must('POST', goals, { goal: 'Säännöllinen päivärytmi', measure: 'Saapuu paikalle sovittuina päivinä' });
  unrated = await instructor.must('POST', goals, { goal: 'Puutöiden perustaidot', measure: 'Tekee linnunpöntön itsenäisesti' });
  // Two evaluations (the forms shipped with Polku), each rating the first goal while a draft.
  for (const [kind, rating, note] of [['intermediate_evaluation', 2, 'Aamut vielä vaikeita'], ['final_evaluation', 4, 'Rytmi löytynyt']]) {
    const entry = await instructor.must('POST', `/api/v1/cases/${made.case.id}/forms`, { kind });
    rated = await instructor.must('PUT', `/api/v1/goals/${rated.id}/ratings/${entry.id}`, { rating, note });
  }
  assert.deepEqual(rated.ratings.map((r) => r.rating), [2, 4]);
}

const wideElements = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 361)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`),
  );
const noServerErrors = (errors) => errors.filter((e) => !/status of 4\d\d/.test(e));

test("a goal's two ratings show as a chart and a table, and the instructor revises a goal with its reason", async () => {
  await setUp();
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#case-goals`);
  const section = page.locator('#case-goals');
  await section.locator(`#goal-${rated.id}`).waitFor();
  assert.equal(await section.locator('h2').first().innerText(), 'Tavoitteet ja tavoitteen eteneminen');
  assert.equal(await page.locator(`#goal-${rated.id}-text`).innerText(), 'Säännöllinen päivärytmi');
  assert.equal(await page.locator(`#goal-${rated.id}-measure`).innerText(), 'Saapuu paikalle sovittuina päivinä');

  // The chart: an image whose label says every rating; the table says the same in rows.
  const chart = page.locator(`#goal-${rated.id}-chart`);
  assert.equal(await chart.getAttribute('role'), 'img');
  const label = await chart.getAttribute('aria-label');
  assert.match(label, new RegExp(`asteikolla 1–5: ${fiToday.replace(/\./g, '\\.')} arvio 2/5, ${fiToday.replace(/\./g, '\\.')} arvio 4/5`));
  assert.equal(await chart.locator('circle').count(), 2);
  const rows = page.locator(`#goal-${rated.id}-ratings tbody tr`);
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), new RegExp(`${fiToday}\\s+2/5\\s+Väliarviointi\\s+Aamut vielä vaikeita`));
  assert.match(await rows.nth(1).innerText(), new RegExp(`${fiToday}\\s+4/5\\s+Loppuarvio\\s+Rytmi löytynyt`));
  await page.locator(`#goal-${unrated.id}-no-ratings`).waitFor();
  await section.screenshot({ path: `artifacts/case-goals-section.png` }).catch(() => {});
  await accessibleInFiAndSv(page, 'case-goals-01-progress', async () => {
    await page.locator('#case-goals-heading', { hasText: 'Mål och målets framsteg' }).waitFor();
    await page.locator(`#goal-${rated.id}-ratings`, { hasText: 'Slutbedömning' }).waitFor();
    assert.match(await chart.getAttribute('aria-label'), /bedömning 4\/5/);
  });

  // A revision needs its reason; with one, the goal reads anew and its revision shows the reason and the text before.
  await page.locator(`#goal-${unrated.id}-revise`).click();
  const idp = `goal-${unrated.id}-revision`;
  await page.waitForFunction((id) => document.activeElement?.id === id, `${idp}-goal`);
  await page.locator(`#${idp}-goal`).fill('Puutöiden perustaidot ja työturvallisuus');
  await page.locator(`#${idp}-submit`).click();
  await page.locator(`[id="${idp}-reason-statusText"]`, { hasText: /\S/ }).waitFor();
  assert.equal(await page.locator(`#${idp}-goal`).inputValue(), 'Puutöiden perustaidot ja työturvallisuus', 'nothing typed is lost');
  await assertAccessible(page, 'case-goals-02-reason-required');
  await page.locator(`#${idp}-reason`).fill('Työturvallisuus nousi esiin väliarvioinnissa.');
  await page.locator(`#${idp}-submit`).click();
  await page.locator('#case-goals-status', { hasText: 'Tavoite muutettiin' }).waitFor();
  await page.locator(`#goal-${unrated.id}-text`, { hasText: 'Puutöiden perustaidot ja työturvallisuus' }).waitFor();
  const revisions = await page.locator(`#goal-${unrated.id}-revisions`).innerText();
  assert.match(revisions, /Muuttanut Iida Ohjaaja/);
  assert.match(revisions, /Työturvallisuus nousi esiin väliarvioinnissa\./);
  assert.match(revisions, /Tavoite ennen muutosta\s+Puutöiden perustaidot\n/);
  const instructor = await world.as('instructor');
  const after = (await instructor.must('GET', `/api/v1/cases/${made.case.id}/goals`)).items.find((g) => g.id === unrated.id);
  assert.equal(after.goal, 'Puutöiden perustaidot ja työturvallisuus');
  assert.equal(after.revisions[0].goalBefore, 'Puutöiden perustaidot');
  await accessibleInFiAndSv(page, 'case-goals-03-revised', async () => {
    await page.locator(`#goal-${unrated.id}-revisions`, { hasText: 'Orsak till ändringen' }).waitFor();
  });

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test('the manager reads the goals without a revise action', async () => {
  await setUp();
  const { page } = await env.open();
  await signIn(page, world.users.manager.username);
  await page.goto(`/cases/${made.case.id}#case-goals`);
  await page.locator(`#goal-${rated.id}-chart`).waitFor();
  assert.equal(await page.locator('#case-goals button', { hasText: 'Muuta tavoitetta' }).count(), 0);
});

test("the provider's coach finds the goals in the provider's view of the case", async () => {
  await setUp();
  const { page } = await env.open();
  await signIn(page, world.users.coach.username);
  await page.goto(`/cases/${made.case.id}#case-goals`);
  await page.locator('#provider-view-notice').waitFor();
  await page.locator(`#goal-${rated.id}-chart`).waitFor();
  assert.equal(await page.locator(`#goal-${rated.id}-ratings tbody tr`).count(), 2);
  await page.locator(`#goal-${rated.id}-revise`).waitFor();
});

test('the goals read well on a 360 px phone', async () => {
  await setUp();
  const { page } = await env.open(PHONE);
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#case-goals`);
  await page.locator(`#goal-${rated.id}-chart`).waitFor();
  await page.locator(`#goal-${rated.id}-revise`).click();
  await page.locator(`#goal-${rated.id}-revision-reason`).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the goals scroll sideways at 360 px: scrollWidth ${width}: ${await wideElements(page)}`);
  await page.locator('#case-goals').screenshot({ path: 'artifacts/case-goals-phone.png' });
  await assertAccessible(page, 'case-goals-04-phone');
});
