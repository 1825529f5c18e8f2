// Browser test of the service process (issue #4): My work, a client's cases, the case page
// with its stages and guards, a decision signed by a social worker, the timeline, and the
// managers' process model. Run: tests/browser/run.sh
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, assertAccessible, choose, expectHeading, fiDate, signIn, signOut, useServerAndBrowser } from './helpers.mjs';

// The demo data gives most demo clients a case; Ahmed has none.
const CLIENT = { name: 'Ahmed Esimerkkinen', link: 'Esimerkkinen, Ahmed', search: 'Esimerkkinen' };
const WITH_CASE = { name: 'Matti Johannes Esimerkki', link: 'Esimerkki, Matti Johannes', search: 'Esimerkki' };

let caseUrl = '';
const { open } = useServerAndBrowser();

// Makes and acknowledges the case client's agreement through the API: the client
// and the purchaser by the signed-in worker, the host by its manager (hanna).
async function signClientAgreement(page, caseUrl) {
  const api = async (request, method, url, data) => {
    const me = await (await request.get('/api/v1/auth/me')).json();
    const res = await request.fetch(url, { method, data, headers: { 'X-CSRF-Token': me.csrfToken } });
    assert.ok(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`);
    return res.json();
  };
  const theCase = await (await page.request.get(`/api/v1${caseUrl}`)).json();
  const places = await (await page.request.get('/api/v1/places')).json();
  const place = places.items.find((p) => p.hostOrganisationId === 2);
  const today = new Date().toISOString().slice(0, 10);
  const agreement = await api(page.request, 'POST', '/api/v1/client-agreements', {
    clientId: theCase.clientId, placeId: place.id, startDate: today, endDate: `${Number(today.slice(0, 4)) + 1}-12-31`,
    daysPerWeek: 3, hoursPerDay: 4, tasks: 'Pihatyöt', responsiblePersons: 'Sanna Sosiaaliohjaaja',
  });
  const acks = `/api/v1/client-agreements/${agreement.id}/acknowledgements`;
  await api(page.request, 'POST', acks, { party: 'client', name: theCase.clientName, method: 'in_person' });
  await api(page.request, 'POST', acks, { party: 'purchaser' });
  const host = await open();
  const login = await host.page.request.post('/api/v1/auth/login', { data: { username: 'hanna', password: PASSWORD } });
  assert.ok(login.ok(), 'hanna signs in');
  await api(host.page.request, 'POST', acks, { party: 'host' });
}

const currentStep = (page) =>
  page.locator('#case-stepper [aria-current="step"]').getAttribute('data-stage');
const timelineCount = (page) => page.locator('#timeline-list > li').count();

async function waitForStage(page, stage) {
  await page.waitForSelector(`#case-stepper [aria-current="step"][data-stage="${stage}"]`, { timeout: 10_000 });
}

async function waitForTimeline(page, more) {
  await page.waitForFunction((n) => document.querySelectorAll('#timeline-list > li').length > n, more, { timeout: 10_000 });
}

async function saveRecord(page, prefix) {
  await page.locator(`#${prefix}-submit`).click();
  const done = await page
    .waitForFunction((p) => (document.getElementById(`${p}-status`)?.textContent ?? '').trim().length > 0, prefix, { timeout: 10_000 })
    .then(() => true, () => false);
  if (!done) assert.fail(`${prefix} was not saved:\n${await page.locator(`#${prefix}-form`).innerText()}`);
}

async function moveNext(page, to) {
  const before = await timelineCount(page);
  await page.locator('#move-next').click();
  await page.waitForFunction(
    () => document.getElementById('transition-refused') || (document.getElementById('transition-status')?.textContent ?? '').trim(),
    null,
    { timeout: 10_000 },
  );
  const refused = page.locator('#transition-refused');
  if (await refused.count()) assert.fail(`moving to ${to} was refused: ${await refused.innerText()}`);
  await waitForStage(page, to);
  await waitForTimeline(page, before);
}

test('a social instructor starts on My work and finds a client from its search box', async () => {
  const { page, foreign } = await open();
  await signIn(page, 'sanna');
  await page.waitForURL('**/my-work');
  await expectHeading(page, 'Oma työ');
  await page.locator('#due').waitFor();
  // What is overdue comes first (the demo data has an ended case without a follow-up path).
  const badges = await page.locator('#due-list li .badge').allInnerTexts();
  assert.ok(badges.length > 0, 'the demo data has something due');
  const firstDue = badges.findIndex((b) => b.trim() === 'Erääntyy');
  assert.ok(firstDue === -1 || badges.slice(firstDue).every((b) => b.trim() === 'Erääntyy'), `overdue first: ${badges}`);
  await assertAccessible(page, '20-my-work');

  await page.locator('#my-work-search').fill(WITH_CASE.search);
  await page.locator('#my-work-search').press('Enter');
  await page.waitForURL(/\/clients\?q=Esimerkki$/);
  await page.getByRole('link', { name: WITH_CASE.link }).click();
  await page.waitForURL(/\/clients\/\d+$/);
  await expectHeading(page, WITH_CASE.name);
  await page.locator('#case-table').waitFor();
  assert.match(await page.locator('#case-table').innerText(), /Kuntouttava työtoiminta/);
  await assertAccessible(page, '21-client-cases');

  // A second open case of the same service is refused with the server's reason next to the choice.
  await page.locator('#new-case').click();
  await choose(page, 'new-case-type', 'Kuntouttava työtoiminta');
  await page.locator('#create-case').click();
  await page.locator('#new-case-type-statusText').waitFor();
  assert.ok((await page.locator('#new-case-type-statusText').innerText()).trim().length > 0);
  assert.ok(/\/clients\/\d+$/.test(page.url()));
  await assertAccessible(page, '21b-client-case-refused');

  await page.goto(`/clients?q=${CLIENT.search}`);
  await page.getByRole('link', { name: CLIENT.link }).click();
  await page.waitForURL(/\/clients\/\d+$/);
  await page.locator('#no-cases').waitFor();
  assert.deepEqual(foreign, []);
});

test('a KTT case moves through its stages; refused moves name every unmet guard', async () => {
  const { page, consoleErrors } = await open();
  await signIn(page, 'sanna');
  await page.goto(`/clients?q=${CLIENT.search}`);
  await page.getByRole('link', { name: CLIENT.link }).click();
  await page.waitForURL(/\/clients\/\d+$/);

  // New case: the service types come from the API, in Finnish.
  await page.locator('#new-case').click();
  await choose(page, 'new-case-type', 'Kuntouttava työtoiminta');
  await choose(page, 'new-case-region', 'Pohjoinen alue');
  await assertAccessible(page, '22-new-case');
  await page.locator('#create-case').click();
  await page.waitForURL(/\/cases\/\d+$/);
  caseUrl = new URL(page.url()).pathname;
  await expectHeading(page, `${CLIENT.name}: Kuntouttava työtoiminta`);
  assert.equal(await currentStep(page), 'referral');
  assert.equal((await page.locator('#case-region').innerText()).trim(), 'Pohjoinen alue');
  await page.locator('#timeline-list > li').first().waitFor();
  const created = await timelineCount(page);
  await assertAccessible(page, '23-case-referral');

  // Too early: every unmet guard is listed.
  await page.locator('#move-next').click();
  const refused = page.locator('#transition-refused');
  await refused.waitFor();
  const guards = await refused.locator('li').allInnerTexts();
  assert.ok(guards.length >= 1, 'the refusal lists the unmet guards');
  assert.ok(guards.every((g) => g.trim().length > 0));
  assert.equal(await currentStep(page), 'referral');
  await assertAccessible(page, '24-case-refused');

  // The referral; a date that does not exist is refused next to the field and the input is kept.
  await choose(page, 'referral-source', 'Työllisyyspalvelut');
  await page.locator('#referral-referrerName').fill('Työllisyyspalvelujen valmentaja Kari');
  await page.locator('#referral-date').fill('31.2.2026');
  await page.locator('#referral-orderText').fill('Kuntouttavan työtoiminnan jakso, 3 kk');
  await page.locator('#referral-submit').click();
  await page.locator('#referral-date-statusText').waitFor();
  assert.equal(await page.locator('#referral-orderText').inputValue(), 'Kuntouttavan työtoiminnan jakso, 3 kk');
  await page.locator('#referral-date').fill(fiDate());
  await saveRecord(page, 'referral');
  await moveNext(page, 'assessment');
  assert.ok((await timelineCount(page)) > created, 'the timeline grows');

  // The service need assessment.
  await choose(page, 'assessment-outcome', 'Asiakas tarvitsee palvelua');
  await page.locator('#assessment-date').fill(fiDate());
  await page.locator('#assessment-criteria').fill('Pitkäaikainen työttömyys, tarve vahvistaa arjen rytmiä.');
  await saveRecord(page, 'assessment');
  await moveNext(page, 'plan');
  await assertAccessible(page, '25-case-plan');

  // The activation plan with the content of § 9.
  await choose(page, 'plan-kind', 'Aktivointisuunnitelma');
  await page.locator('#plan-date').fill(fiDate());
  await page.locator('#plan-tasksAndPlace').fill('Kierrätyskeskuksen lajittelu, Rantakylän kierrätyskeskus ry');
  await page.locator('#plan-daysPerWeek').fill('3');
  await page.locator('#plan-hoursPerDay').fill('5');
  await page.locator('#plan-startDate').fill(fiDate(14));
  await page.locator('#plan-lengthMonths').fill('6');
  await page.locator('#plan-evaluationDate').fill(fiDate(100));
  await page.locator('#plan-goal').fill('Säännöllinen päivärytmi ja työelämätaitojen vahvistuminen');
  await page.locator('#plan-supportAndGuidance').fill('Työvalmentajan ohjaus kerran viikossa');
  await page.locator('#plan-otherServices').fill('Ei muita palveluja');
  // Ten hours a day is over the KTT limit: the server's message appears next to the field, nothing typed is lost.
  await page.locator('#plan-hoursPerDay').fill('10');
  await page.locator('#plan-submit').click();
  await page.locator('#plan-hoursPerDay-statusText').waitFor();
  assert.ok((await page.locator('#plan-hoursPerDay-statusText').innerText()).trim().length > 0);
  assert.equal(await page.locator('#plan-goal').inputValue(), 'Säännöllinen päivärytmi ja työelämätaitojen vahvistuminen');
  assert.equal(await page.locator('#plan-hoursPerDay').inputValue(), '10');
  await assertAccessible(page, '25b-case-plan-refused');
  await page.locator('#plan-hoursPerDay').fill('5');
  await saveRecord(page, 'plan');
  await moveNext(page, 'start');

  // Starting needs a decision and the notices: the page says so.
  const missing = await page.locator('#missing-list li').allInnerTexts();
  assert.ok(missing.length >= 1, 'what is missing before implementation is listed');
  // In this region social instructors do not decide: no "New decision" for Sanna, but the reason.
  await page.locator('#decide-hint').waitFor();
  assert.equal(await page.locator('#new-decision').count(), 0);
  await assertAccessible(page, '26-case-start');
  assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
});

test('a decision is drafted, signed by a social worker and is immutable after signing', async () => {
  assert.ok(caseUrl, 'the previous test created the case');
  const { page } = await open();
  await signIn(page, 'leena');
  await page.goto(caseUrl);
  await waitForStage(page, 'start');
  await page.locator('#timeline-list > li').first().waitFor();
  const before = await timelineCount(page);

  await page.locator('#new-decision').click();
  await page.waitForURL(/\/cases\/\d+\/decisions\/new$/);
  await expectHeading(page, 'Uusi päätös');
  await page.locator('#decision-startDate').fill(fiDate(14));
  await page.locator('#decision-endDate').fill(fiDate(14 + 180));
  // Five days a week is over the KTT limit: the server refuses it next to the field, the input stays.
  await page.locator('#decision-daysPerWeekMax').fill('5');
  await page.locator('#decision-hoursPerDayMax').fill('5');
  await page.locator('#decision-submit').click();
  await page.locator('#decision-daysPerWeekMax-statusText').waitFor();
  assert.ok((await page.locator('#decision-daysPerWeekMax-statusText').innerText()).trim().length > 0);
  assert.equal(await page.locator('#decision-hoursPerDayMax').inputValue(), '5');
  assert.equal(await page.locator('#decision-endDate').inputValue(), fiDate(14 + 180));
  await assertAccessible(page, '27-decision-new-refused');
  await page.locator('#decision-daysPerWeekMax').fill('3');
  await page.locator('#decision-submit').click();
  await page.waitForURL(/\/decisions\/\d+$/);
  await page.locator('#decision-document').waitFor();
  assert.match(await page.locator('#decision-status').innerText(), /Luonnos/);
  assert.match(await page.locator('#decision-legal-basis').innerText(), /189\/2001/);
  assert.match(await page.locator('#decision-maker').innerText(), /Leena/);
  assert.ok((await page.locator('#decision-appeal').innerText()).trim().length > 0, 'appeal instructions are shown');
  // Ahmed's language is English: the appeal instructions are in English and marked so.
  assert.equal(await page.locator('#decision-appeal').getAttribute('lang'), 'en');
  await assertAccessible(page, '28-decision-draft');

  await page.locator('#sign-decision').click();
  await page.locator('#sign-confirm').waitFor();
  await assertAccessible(page, '29-decision-sign-confirm');
  await page.locator('#sign-confirm').click();
  await page.locator('#immutable-note').waitFor();
  assert.match(await page.locator('#decision-status').innerText(), /Allekirjoitettu/);
  assert.equal(await page.locator('#edit-decision').count(), 0, 'a signed decision has no edit button');
  assert.equal(await page.locator('#sign-decision').count(), 0);
  await page.locator('#replace-decision').waitFor();
  await assertAccessible(page, '30-decision-signed');
  const signedUrl = new URL(page.url()).pathname;

  // "Replace with a new decision" starts from the signed one's terms.
  await page.locator('#replace-decision').click();
  await page.waitForURL(/\/decisions\/new\?replaces=\d+$/);
  await expectHeading(page, 'Korvaa uudella päätöksellä');
  assert.equal(await page.locator('#decision-endDate').inputValue(), fiDate(14 + 180));
  assert.equal(await page.locator('#decision-daysPerWeekMax').inputValue(), '3');
  await page.locator('#decision-hoursPerDayMax').fill('4');
  await page.locator('#decision-submit').click();
  await page.waitForURL(/\/decisions\/\d+$/);
  await page.locator('#decision-document').waitFor();
  assert.notEqual(new URL(page.url()).pathname, signedUrl);
  assert.match(await page.locator('#decision-document').innerText(), /Korvaa/);
  assert.match(await page.locator('#decision-status').innerText(), /Luonnos/);
  await assertAccessible(page, '30b-decision-replacement-draft');

  await page.locator('#back-to-case').click();
  await page.waitForURL(/\/cases\/\d+$/);
  await page.locator('#decision-table').waitFor();
  assert.match(await page.locator('#decision-table').innerText(), /Allekirjoitettu/);
  assert.match(await page.locator('#decision-table').innerText(), /Luonnos/);
  await waitForTimeline(page, before);
});

test('notices are recorded, the case starts, ends without a follow-up path and closes', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  await page.goto(caseUrl);
  await waitForStage(page, 'start');
  await page.locator('#timeline-list > li').first().waitFor();

  const notices = [
    ['Ilmoitus pääluottamusmiehelle', 'Pääluottamusmies Pekka'],
    ['Aloitusilmoitus työvoimaviranomaiselle', 'Järvilaakson työllisyysalue'],
  ];
  for (const [i, [kind, recipient]] of notices.entries()) {
    await page.locator('#new-notice').click();
    await choose(page, 'notice-kind', kind);
    await page.locator('#notice-sentOn').fill(fiDate());
    await page.locator('#notice-recipient').fill(recipient);
    await page.locator('#notice-place').fill('Rantakylän kierrätyskeskus ry');
    if (i === 0) await assertAccessible(page, '31-notice-form');
    await page.locator('#notice-submit').click();
    await page.locator('#notice-table').waitFor({ timeout: 10_000 }).catch(async (e) => {
      assert.fail(`the notice was not saved: ${await page.locator('#notices').innerText()}\n${e}`);
    });
    await page.waitForFunction((k) => document.getElementById('notice-table')?.textContent?.includes(k), kind);
  }
  assert.equal(await page.locator('#missing-notices').count(), 0, 'no notice is missing any more');

  // The client agreement (made on the registry pages, see placements.test.mjs) is still missing.
  await page.waitForFunction(() => document.body.textContent.includes('Asiakassopimus puuttuu.'));
  await signClientAgreement(page, caseUrl);
  await page.reload();
  await waitForStage(page, 'start');

  // Decision signed, notices sent, agreement acknowledged: the case starts.
  await moveNext(page, 'implementation');
  await assertAccessible(page, '32-case-implementation');

  // Ending needs the end record; the form is offered because it is what is missing.
  await page.locator('#move-next').click();
  await page.locator('#transition-refused').waitFor();
  await choose(page, 'end-reason', 'Jakso päättyi');
  await page.locator('#end-date').fill(fiDate());
  await saveRecord(page, 'end');
  await moveNext(page, 'end');
  await moveNext(page, 'follow_up');

  // "No follow-up path, because…" needs the reason.
  await choose(page, 'followUp-category', 'Ei jatkopolkua, koska…');
  await page.locator('#followUp-submit').click();
  await page.locator('#followUp-noneReason-statusText').waitFor();
  await page.locator('#followUp-noneReason').fill('Asiakas muuttaa toiselle paikkakunnalle.');
  await saveRecord(page, 'followUp');
  await moveNext(page, 'closed');
  assert.match(await page.locator('#case-stepper').innerText(), /Päättynyt/);
  assert.equal(await page.locator('#move-next').count(), 0, 'a closed case does not move on');
  await assertAccessible(page, '33-case-closed');

  // The stepper and the texts in Swedish.
  await page.locator('#language-menu').click();
  await page.getByRole('menuitem', { name: /På svenska/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await page.waitForFunction(() => /Bedömning av servicebehovet/.test(document.getElementById('case-stepper')?.textContent ?? ''));
  assert.match(await page.locator('#timeline').innerText(), /Händelser/);
  await assertAccessible(page, '34-case-sv');
});

test('a case is interrupted and resumed; a stale save keeps the input; My work lists the cases', async () => {
  const a = await open();
  const b = await open();
  await signIn(a.page, 'sanna');
  await signIn(b.page, 'sanna');
  await a.page.goto('/clients?q=Testström');
  await a.page.getByRole('link', { name: 'Testström, Erik' }).click();
  await a.page.waitForURL(/\/clients\/\d+$/);
  await a.page.locator('#new-case').click();
  await choose(a.page, 'new-case-type', 'Osallisuutta ja toimintakykyä vahvistava työtoiminta');
  await a.page.locator('#create-case').click();
  await a.page.waitForURL(/\/cases\/\d+$/);
  const url = new URL(a.page.url()).pathname;
  await waitForStage(a.page, 'referral');

  // Interrupt needs a reason; then the case shows it is interrupted, and it can be resumed.
  await a.page.locator('#interrupt').click();
  await a.page.locator('#interrupt-confirm').click();
  await a.page.locator('#interrupt-reason-statusText').waitFor();
  await a.page.locator('#interrupt-reason').fill('Asiakas sairastui.');
  await a.page.locator('#interrupt-confirm').click();
  await a.page.locator('#interrupted-notice').waitFor();
  assert.match(await a.page.locator('#case-status').innerText(), /Keskeytetty/);
  assert.match(await a.page.locator('#interrupted-notice').innerText(), /Asiakas sairastui/);
  await assertAccessible(a.page, '36-case-interrupted');
  await a.page.locator('#resume').click();
  await a.page.waitForFunction(() => /Voimassa/.test(document.getElementById('case-status')?.textContent ?? ''));
  await a.page.waitForFunction(() => /jatkettu/.test(document.getElementById('timeline-list')?.textContent ?? ''));

  // Two workers edit the referral; the second save is stale (409) and keeps what was typed.
  await b.page.goto(url);
  await waitForStage(b.page, 'referral');
  await choose(a.page, 'referral-source', 'Sosiaalipalvelut');
  await a.page.locator('#referral-date').fill(fiDate());
  await choose(b.page, 'referral-source', 'Terveydenhuolto');
  await b.page.locator('#referral-date').fill(fiDate());
  await b.page.locator('#referral-orderText').fill('Tilaus B');
  await saveRecord(a.page, 'referral');
  await b.page.locator('#referral-submit').click();
  await b.page.locator('#conflict-notice').waitFor();
  assert.equal(await b.page.locator('#referral-orderText').inputValue(), 'Tilaus B');
  await assertAccessible(b.page, '37-case-conflict');
  await b.page.locator('#keep-mine').click();
  await b.page.locator('#conflict-notice').waitFor({ state: 'detached' });
  assert.equal(await b.page.locator('#referral-orderText').inputValue(), 'Tilaus B');
  await saveRecord(b.page, 'referral');

  // My work: the instructor's clients by stage.
  await a.page.goto('/my-work');
  await a.page.locator('#by-stage table').first().waitFor();
  const byStage = await a.page.locator('#by-stage').innerText();
  assert.match(byStage, /Erik Testström/);
  assert.match(byStage, new RegExp(WITH_CASE.name));
  await assertAccessible(a.page, '38-my-work-with-cases');

  // All cases, filtered by stage, at an address that can be shared.
  await a.page.getByRole('link', { name: 'Asiakkuudet', exact: true }).click();
  await a.page.waitForURL('**/cases');
  await expectHeading(a.page, 'Asiakkuudet');
  await a.page.locator('#cases-table').waitFor();
  await choose(a.page, 'stage-filter', 'Päättynyt');
  await a.page.waitForURL(/\/cases\?stage=closed$/);
  // The closed list has the earlier test's client and not Erik (whose case is open).
  await a.page.waitForFunction((closed) => {
    const text = document.getElementById('cases-table')?.textContent ?? '';
    return text.includes(closed) && !text.includes('Erik Testström');
  }, CLIENT.name);
  await assertAccessible(a.page, '39-cases-closed');
});

test('a manager sets who is responsible for each stage of a region', async () => {
  const { page } = await open();
  await signIn(page, 'mikko');
  await page.waitForURL('**/my-work');
  await page.getByRole('link', { name: 'Prosessimalli' }).click();
  await page.waitForURL('**/admin/process-model**');
  await expectHeading(page, 'Prosessimalli');
  // The regions come with their names; the first is open, another is chosen from the list.
  await page.locator('#process-model-table').waitFor();
  await choose(page, 'region-select', 'Eteläinen alue');
  await page.waitForURL(/region=\d+/);
  await page.waitForFunction(() => document.getElementById('model-heading')?.textContent === 'Eteläinen alue');
  await choose(page, 'role-referral', 'Sosiaalityöntekijä');
  await page.locator('#save-process-model').click();
  await page.waitForFunction(() => (document.getElementById('process-model-status')?.textContent ?? '').trim().length > 0);
  await assertAccessible(page, '35-process-model');
  await signOut(page);
});
