// The placement feedback ("Palaute asiakkaiden työskentelystä", /placement-feedback) by the staff of the host's place,
// on a 360 px phone: the place's supervisor finds the period ending soon among their tasks and lands on it, begins
// the feedback (the shipped placement_feedback form, nothing published), fills it (the browser's copy kept over a
// reload), is refused completion with a required field empty (the server names it at its field and in the summary,
// nothing typed lost), completes it and reads it with its PDF in the UI's language; the host's manager finds the page
// in the navigation; the purchaser's instructor reads it among the case's forms. Finnish and Swedish with axe-core,
// screenshots in artifacts/. The data is the test's own (fixtures.mjs).
// Run: node --test --test-concurrency=1 --test-timeout=300000 placement_feedback.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleInFiAndSv, assertAccessible, chooseLanguage, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';
import { Api, addDays, addMonths, buildWorld, caseInImplementation, fi, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const TITLE = 'Palaute asiakkaiden työskentelystä';

const mondayOf = (iso) => addDays(iso, 1 - isoWeekday(iso));
const today = todayIso();
// Aino's period began three months less ten days ago and ends within two weeks (so its feedback is a task now);
// Bertta's ended about a month ago (within the 60 days the page shows).
const ainoStart = mondayOf(addDays(addMonths(today, -3), 10));
const berttaStart = mondayOf(addMonths(today, -4));

const wideElements = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 361)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`),
  );
async function noSidewaysScroll(page, where) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${where} scrolls sideways at 360 px: scrollWidth ${width}: ${await wideElements(page)}`);
}
const pick = (page, id) => page.locator(`label[for="${id}"]`).click();
const noServerErrors = (errors) => errors.filter((e) => !/status of 4\d\d/.test(e));

async function periodOf(world, made, start) {
  const instructor = await world.as('instructor');
  return instructor.must('POST', `/api/v1/cases/${made.case.id}/periods`, {
    bookingId: made.booking.id, startDate: start, endDate: addDays(addMonths(start, 3), -1),
    steps: [{ from: start, days: [1, 2, 3].map((weekday) => ({ weekday, hours: 4 })) }],
  });
}

test("the place's supervisor gives the feedback on a phone; the host's manager finds it; the instructor reads it on the case", async () => {
  const { baseUrl } = env.server;
  const world = await buildWorld(baseUrl, 'pf');
  const admin = await Api.signIn(baseUrl, 'admin');
  await admin.must('POST', '/api/v1/users', {
    username: 'pf-supervisor', displayName: 'Sami Pajaohjaaja', email: 'pf-supervisor@example.invalid',
    password: 'polku-demo-2026', roles: [{ organisationId: world.association.id, role: 'placement_supervisor' }],
  });
  const aino = await caseInImplementation(world, { start: ainoStart, firstNames: 'Aino', lastName: 'Ahkera' });
  const ainoPeriod = await periodOf(world, aino, ainoStart);
  const bertta = await caseInImplementation(world, { start: berttaStart, firstNames: 'Bertta', lastName: 'Päättynyt' });
  const berttaPeriod = await periodOf(world, bertta, berttaStart);
  assert.ok(ainoPeriod.endDate >= today && ainoPeriod.endDate <= addDays(today, 14), ainoPeriod.endDate);
  assert.ok(berttaPeriod.endDate < today, berttaPeriod.endDate);
  const supervisor = await Api.signIn(baseUrl, 'pf-supervisor');
  // The shipped form is the one in use: the county's manager publishes nothing.
  const inUse = await supervisor.must('GET', `/api/v1/organisations/${world.county.id}/forms`);
  assert.ok(inUse.items.some((f) => f.kind === 'placement_feedback' && f.organisationId === null), JSON.stringify(inUse.items));

  // The supervisor's start page: both periods wait among the tasks (Bertta's late); Aino's link lands on her period.
  const { page, foreign, consoleErrors } = await env.open(PHONE);
  await signIn(page, 'pf-supervisor');
  await page.waitForURL('**/my-places');
  await page.locator('#feedback-link').waitFor();
  const tasks = page.locator('#tasks li[data-kind="placement_feedback_due"]');
  const task = tasks.filter({ hasText: 'Aino Ahkera' });
  await task.waitFor();
  assert.match(await task.innerText(), /Aino Ahkera: Palaute asiakkaan työskentelystä odottaa: Puutyöpaja/);
  assert.match(await task.innerText(), new RegExp(`Jakso päättyy ${fi(ainoPeriod.endDate)}`));
  assert.match(await tasks.filter({ hasText: 'Bertta Päättynyt' }).innerText(), /Myöhässä/);
  assert.equal(await tasks.count(), 2);
  await assertAccessible(page, 'placement-feedback-01-my-places-fi');
  await task.getByRole('link').click();
  await page.waitForURL(`**/placement-feedback#feedback-period-${ainoPeriod.id}`);
  await expectHeading(page, TITLE);
  const idp = `feedback-period-${ainoPeriod.id}`;
  const item = page.locator(`#${idp}`);
  await item.waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, idp);

  // Each period with the client, the place, the dates and the state: Aino's under way, Bertta's ended.
  assert.equal(await page.locator(`#${idp}-title`).innerText(), 'Aino Ahkera');
  assert.equal(await page.locator(`#${idp}-place`).innerText(), 'Puutyöpaja');
  assert.equal(await page.locator(`#${idp}-dates`).innerText(), `Jakso ${fi(ainoPeriod.startDate)}–${fi(ainoPeriod.endDate)}`);
  assert.equal(await page.locator(`#${idp}-state`).innerText(), 'Palautetta ei ole aloitettu');
  assert.equal(await page.locator('#feedback-running-heading').innerText(), 'Käynnissä olevat jaksot');
  assert.equal(await page.locator(`#feedback-running-list #${idp}`).count(), 1);
  const bdp = `feedback-period-${berttaPeriod.id}`;
  assert.equal(await page.locator(`#feedback-ended-list #${bdp}-title`).innerText(), 'Bertta Päättynyt');
  assert.equal(await page.locator(`#${bdp}-dates`).innerText(), `Jakso ${fi(berttaPeriod.startDate)}–${fi(berttaPeriod.endDate)}`);
  await noSidewaysScroll(page, 'the feedback page');
  await accessibleInFiAndSv(page, 'placement-feedback-02-periods', async () => {
    await expectHeading(page, 'Återkoppling om klienternas arbete');
    await page.locator(`#${idp}-state`, { hasText: 'Inte påbörjad' }).waitFor();
    await page.locator(`#${idp}-begin`, { hasText: 'Börja återkopplingen' }).waitFor();
    await page.locator('#feedback-ended-heading', { hasText: 'Avslutade perioder' }).waitFor();
  });

  // Begun: a draft on the shipped form, open at once, the focus on the period's name.
  await page.locator(`#${idp}-begin`).click();
  await page.locator('#feedback-status', { hasText: 'Palaute aloitettiin luonnoksena: Aino Ahkera.' }).waitFor();
  await page.locator(`#${idp}-form`).waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, `${idp}-title`);
  assert.equal(await page.locator(`#${idp}-state`).innerText(), 'Luonnos');
  const [begun] = (await supervisor.must('GET', `/api/v1/cases/${aino.case.id}/forms`)).items;
  assert.equal(begun.kind, 'placement_feedback');
  assert.equal(begun.state, 'draft');
  assert.deepEqual(
    await page.locator(`#${idp}-form legend.fo-section-title`).allInnerTexts(),
    ['Yhteistyö', 'Työtoimintajakso', 'Vapaa palaute'],
  );

  // Filled but for one required scale, kept over a reload; completion is refused, the server names the field, nothing typed is lost.
  await page.locator(`#${idp}-respondent_role`).fill('Pajamestari');
  await pick(page, `${idp}-advance_information-4`);
  // The phone's page reloaded before anything was saved: the browser's copy brings it back.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('polku.draft.') && k.includes('form-entry')));
  await page.reload();
  await page.locator(`#${idp}-open`, { hasText: 'Jatka palautetta' }).click();
  await page.locator('#draft-notice').waitFor();
  await page.locator('#restore-draft').click();
  await page.locator('#draft-notice').waitFor({ state: 'detached' });
  assert.equal(await page.locator(`#${idp}-respondent_role`).inputValue(), 'Pajamestari');
  assert.ok(await page.locator(`#${idp}-advance_information-4`).isChecked());
  await pick(page, `${idp}-cooperation_with_worker-5`);
  await pick(page, `${idp}-place_suited_client-yes`);
  await pick(page, `${idp}-resources_for_guidance-partly`);
  await pick(page, `${idp}-ready_for_new_clients-yes`);
  await page.locator(`#${idp}-what_went_well`).fill('Täsmällinen ja oma-aloitteinen.\nAuttoi muita.');
  await page.locator(`#${idp}-complete`).click();
  const summary = page.locator(`#${idp}-errors`);
  await summary.waitFor();
  await page.locator(`[id="${idp}-meetings_and_evaluations-statusText"]`, { hasText: /\S/ }).waitFor();
  assert.equal(await summary.locator('a').count(), 1, 'one link, the missing field');
  assert.match(await summary.innerText(), /Välipalaverit ja arvioinnit: Pakollinen tieto/);
  assert.equal(await page.locator(`#${idp}-respondent_role`).inputValue(), 'Pajamestari');
  assert.equal(await page.locator(`#${idp}-what_went_well`).inputValue(), 'Täsmällinen ja oma-aloitteinen.\nAuttoi muita.');
  assert.ok(await page.locator(`#${idp}-advance_information-4`).isChecked());
  assert.ok(await page.locator(`#${idp}-resources_for_guidance-partly`).isChecked());
  const refused = await supervisor.must('GET', `/api/v1/form-entries/${begun.id}`);
  assert.equal(refused.state, 'draft');
  assert.equal(refused.answers.respondent_role, 'Pajamestari', 'the answers were saved before the completion was asked');
  assert.equal(refused.answers.meetings_and_evaluations, undefined);
  await noSidewaysScroll(page, 'the refused feedback');
  await accessibleInFiAndSv(page, 'placement-feedback-03-completion-refused', async () => {
    await page.locator(`#${idp}-complete`, { hasText: 'Markera som färdig' }).waitFor();
    await page.locator(`#${idp}-what_went_well`).waitFor();
  });
  assert.equal(await page.locator(`#${idp}-what_went_well`).inputValue(), 'Täsmällinen ja oma-aloitteinen.\nAuttoi muita.');

  // The summary's link leads to the field; filled, and completed.
  await summary.getByRole('link', { name: /Välipalaverit ja arvioinnit/ }).click();
  await pick(page, `${idp}-meetings_and_evaluations-3`);
  await page.locator(`#${idp}-complete`).click();
  await page.locator('#feedback-status', { hasText: 'Palaute merkittiin valmiiksi: Aino Ahkera.' }).waitFor();
  await page.locator(`#${idp}-answers`).waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, `${idp}-title`);
  assert.equal(await page.locator('#conflict-notice').count(), 0);
  assert.equal(await page.locator(`#${idp}-state`).innerText(), 'Valmis');
  assert.equal(await page.locator(`#${idp}-view input, #${idp}-view textarea`).count(), 0, 'a completed feedback is read only');
  assert.equal(await page.locator(`#${idp}-meetings_and_evaluations`).innerText(), '3 – Tyydyttävä');
  assert.equal(await page.locator(`#${idp}-place_suited_client`).innerText(), 'Kyllä');
  assert.equal(await page.locator(`#${idp}-what_went_well`).innerText(), 'Täsmällinen ja oma-aloitteinen.\nAuttoi muita.');
  assert.equal(await page.locator(`#${idp}-correct`).count(), 0, "the place's staff do not correct it");
  const href = await page.locator(`#${idp}-pdf`).getAttribute('href');
  assert.equal(href, `/api/v1/form-entries/${begun.id}/pdf?lang=fi`);
  const pdf = await page.request.get(href);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 4).toString('latin1'), '%PDF');
  const completed = await supervisor.must('GET', `/api/v1/form-entries/${begun.id}`);
  assert.equal(completed.state, 'completed');
  assert.equal(completed.answers.meetings_and_evaluations, '3');
  await noSidewaysScroll(page, 'the completed feedback');
  await accessibleInFiAndSv(page, 'placement-feedback-04-completed', async () => {
    await page.locator(`#${idp}-state`, { hasText: 'Färdig' }).waitFor();
    await page.locator(`#${idp}-meetings_and_evaluations`, { hasText: '3 – Nöjaktig' }).waitFor();
    assert.equal(await page.locator(`#${idp}-pdf`).getAttribute('href'), `/api/v1/form-entries/${begun.id}/pdf?lang=sv`);
  });
  const listed = (await supervisor.must('GET', '/api/v1/placement-feedback')).items.find((p) => p.periodId === ainoPeriod.id);
  assert.deepEqual(listed.feedback, { id: begun.id, state: 'completed', version: completed.version });

  // Read again later: the list says it is done, "Lue palaute" opens it; its task is gone from the start page.
  await page.reload();
  await page.locator(`#${idp}-state`, { hasText: 'Valmis' }).waitFor();
  await page.locator(`#${idp}-open`, { hasText: 'Lue palaute' }).click();
  await page.locator(`#${idp}-answers`).waitFor();
  assert.equal(await page.locator(`#${idp}-open`).getAttribute('aria-expanded'), 'true');
  await page.goto('/my-places');
  await page.locator('#feedback-link').waitFor();
  await page.locator('#tasks-heading').waitFor();
  await tasks.filter({ hasText: 'Bertta Päättynyt' }).waitFor();
  assert.equal(await tasks.count(), 1, 'the completed one waits no more');
  await page.locator('#feedback-link').click();
  await expectHeading(page, TITLE);
  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');

  // The host's manager finds the page in the navigation, in Swedish too.
  const host = await env.open();
  await signIn(host.page, world.users.providerManager.username);
  const nav = host.page.getByRole('navigation', { name: 'Päävalikko' });
  await nav.getByRole('link', { name: 'Palautteet', exact: true }).click();
  await expectHeading(host.page, TITLE);
  await host.page.locator(`#${bdp}-begin`).waitFor();
  await host.page.locator(`#${idp}-state`, { hasText: 'Valmis' }).waitFor();
  await chooseLanguage(host.page, /På svenska/, 'sv');
  await host.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Återkoppling', exact: true }).waitFor();
  await assertAccessible(host.page, 'placement-feedback-05-host-manager-sv');
  await chooseLanguage(host.page, /Suomeksi/, 'fi');

  // The purchaser's instructor reads it among the case's forms; the page is not hers.
  const desk = await env.open();
  await signIn(desk.page, world.users.instructor.username);
  await desk.page.goto(`/cases/${aino.case.id}#case-forms`);
  const fdp = `form-entry-${begun.id}`;
  await desk.page.locator(`#${fdp}`).waitFor();
  assert.equal(await desk.page.locator(`#${fdp}-title`).innerText(), 'Työtoimintapaikan palaute');
  assert.equal(await desk.page.locator(`#${fdp}-state`).innerText(), 'Valmis');
  assert.match(await desk.page.locator(`#${fdp}-history`).innerText(), /Merkinnyt valmiiksi Sami Pajaohjaaja/);
  await desk.page.locator(`#${fdp}-open`).click();
  await desk.page.locator(`#${fdp}-answers`).waitFor();
  assert.equal(await desk.page.locator(`#${fdp}-respondent_role`).innerText(), 'Pajamestari');
  await assertAccessible(desk.page, 'placement-feedback-06-instructor-case-forms-fi');
  assert.equal(
    await desk.page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Palautteet', exact: true }).count(),
    0,
  );
  await desk.page.goto('/placement-feedback');
  await desk.page.locator('h1').waitFor();
  assert.notEqual((await desk.page.locator('h1').innerText()).trim(), TITLE, 'the purchaser does not give placement feedback');
  assert.deepEqual(noServerErrors(desk.consoleErrors), [], 'no console errors');
});
