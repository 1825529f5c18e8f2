// The task list across roles on the demo data: each role sees what waits for it on its start page, the link lands
// where the task is done, and a settled task leaves the list and the navigation's count. Every page visited is
// checked with axe-core in Finnish and in Swedish, with screenshots (artifacts/tasks-*.png).
//
// The tests acknowledge client agreements, so each test gets its own server (a fresh database with the demo seed):
// none depends on what another left behind, and they can run in any order.
import { after, afterEach, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launch, newPage } from './browser.mjs';
import { accessibleInFiAndSv, apiCall, assertAccessible, chooseLanguage, expectHeading, signIn } from './helpers.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const ERIK = 'Erik Testström';
const SORTING_PLACE = 'Lajittelu ja myymälä';

let browser;
let server;
const contexts = [];
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close().catch(() => {});
  await server?.stop();
});

async function open(options) {
  const s = await newPage(browser, server.baseUrl, options);
  contexts.push(s.context);
  return s;
}

/** The tasks of a kind in the list, optionally only those whose text matches. */
function tasksOf(page, kind, hasText) {
  const items = page.locator(`#task-list li[data-kind="${kind}"]`);
  return hasText ? items.filter({ hasText }) : items;
}

/** The number in the navigation item of the start page ("Oma työ (2)"), 0 when it shows none. */
async function navCount(page, label) {
  const text = await page.getByRole('navigation').first().getByRole('link', { name: new RegExp(`^${label}`) }).innerText();
  const m = /\((\d+)\)/.exec(text);
  return m ? Number(m[1]) : 0;
}

async function waitForNavCount(page, label, count) {
  const name = count ? `${label}, ${count} odottaa` : label;
  await page.getByRole('navigation').first().getByRole('link', { name, exact: true }).waitFor();
}

async function noHorizontalScroll(page, where) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${where} scrolls sideways at 360 px: scrollWidth ${width}`);
}

test('the social instructor acknowledges the client agreement from her task list; the task and the count go down', async () => {
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, 'sanna');
  await page.waitForURL('**/my-work');
  await expectHeading(page, 'Oma työ');
  // Erik's agreement waits for two acknowledgements sanna records: the client's (on his behalf) and the purchaser's.
  const waiting = tasksOf(page, 'client_agreement_to_acknowledge');
  await waiting.first().waitFor();
  assert.equal(await waiting.count(), 2);
  const purchaser = tasksOf(page, 'client_agreement_to_acknowledge', 'kuittaustasi (tilaaja)');
  const client = tasksOf(page, 'client_agreement_to_acknowledge', 'asiakkaan kuittausta');
  assert.match(await purchaser.innerText(), new RegExp(`${ERIK}.*${SORTING_PLACE}`));
  assert.match(await client.innerText(), new RegExp(ERIK));
  const before = await navCount(page, 'Oma työ');
  assert.ok(before >= 2, `the navigation counts the tasks (${before})`);
  await accessibleInFiAndSv(page, 'tasks-01-sanna-my-work', async () => {
    await expectHeading(page, 'Mitt arbete');
    await tasksOf(page, 'client_agreement_to_acknowledge', 'din kvittering (beställare)').waitFor();
  });

  await purchaser.getByRole('link').click();
  await page.waitForURL(/\/client-agreements\/\d+#ack-purchaser$/);
  await expectHeading(page, 'Asiakassopimus');
  // The link lands on the purchaser's acknowledgement: it has the focus, for keyboard and screen reader users.
  await page.waitForFunction(() => document.activeElement?.id === 'ack-purchaser');
  await page.locator('#ack-save-purchaser').waitFor();
  await accessibleInFiAndSv(page, 'tasks-02-sanna-agreement', () => expectHeading(page, 'Klientavtal'));

  await page.locator('#ack-save-purchaser').click();
  await page.locator('#ack-purchaser', { hasText: 'Kuitattu' }).waitFor();
  await waitForNavCount(page, 'Oma työ', before - 1);
  await accessibleInFiAndSv(page, 'tasks-03-sanna-agreement-acknowledged');

  await page.getByRole('navigation').first().getByRole('link', { name: /^Oma työ/ }).click();
  await page.waitForURL('**/my-work');
  await client.waitFor();
  assert.equal(await purchaser.count(), 0, "the purchaser's acknowledgement has left the list");
  assert.equal(await waiting.count(), 1, "the client's acknowledgement still waits");
  assert.equal(await navCount(page, 'Oma työ'), before - 1);
  await accessibleInFiAndSv(page, 'tasks-04-sanna-my-work-after', () => expectHeading(page, 'Mitt arbete'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 401/.test(e)), [], 'only the signed-out /auth/me answers 401');
});

test("the placement supervisor's phone opens on her places: the agreement to acknowledge and the client starting", async () => {
  // An introductory visit at aino's place in three days, booked as sanna would: the page shows the visits coming.
  const worker = await open();
  await signIn(worker.page, 'sanna');
  const places = await apiCall(worker.page, 'GET', '/api/v1/places');
  assert.equal(places.status, 200);
  const place = places.body.items.find((p) => p.name === SORTING_PLACE);
  const clients = await apiCall(worker.page, 'GET', '/api/v1/clients?q=Mallinen');
  assert.equal(clients.status, 200);
  const aleksi = clients.body.items[0];
  const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
  const visit = await apiCall(worker.page, 'POST', '/api/v1/introductory-visits', {
    placeId: place.id,
    clientId: aleksi.id,
    visitDate: inThreeDays,
    visitTime: '10:30',
    accompaniedBy: 'Sanna Sosiaaliohjaaja',
  });
  assert.equal(visit.status, 201, JSON.stringify(visit.body));

  const { page, foreign, consoleErrors } = await open(PHONE);
  await page.goto('/');
  await page.waitForURL('**/login');
  await page.locator('#username').fill('aino');
  await page.locator('#password').fill('polku-demo-2026');
  await page.locator('#sign-in').tap();
  await page.waitForURL('**/my-places');
  await expectHeading(page, 'Paikkani');
  const card = page.locator(`#place-${place.id}`);
  await card.locator(`#place-${place.id}-visit-list`).waitFor();

  // First what waits for her, then her places.
  const order = await page.evaluate(() => {
    const tasks = document.querySelector('#tasks');
    const places = document.querySelector('#places');
    return Boolean(tasks && places && tasks.compareDocumentPosition(places) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the tasks come before the places');
  const ack = tasksOf(page, 'client_agreement_to_acknowledge', 'kuittaustasi (työtoimintapaikka)');
  assert.match(await ack.innerText(), new RegExp(`${ERIK}.*${SORTING_PLACE}`));
  assert.match(await tasksOf(page, 'client_starting_at_place').innerText(), new RegExp(ERIK));
  assert.equal(await navCount(page, 'Paikkani'), 2);

  // Her place, named for her: who starts (Erik in 14 days), who takes part (Matti), the visit coming, the address.
  assert.equal(await page.locator('#places-heading').innerText(), 'Paikat, joiden ohjaaja olet');
  assert.match(await card.innerText(), /Kylätie 1, Rantakylä/);
  const starting = card.locator('li[data-state="starting"]');
  assert.match(await starting.innerText(), new RegExp(`${ERIK}[\\s\\S]*Aloittaa[\\s\\S]*14 päivän päästä`));
  assert.match(await card.locator('li[data-state="working"]').innerText(), /Matti Johannes Esimerkki[\s\S]*Aloittanut/);
  const visitItem = card.locator(`#place-${place.id}-visit-list li`);
  assert.equal(await visitItem.count(), 1, 'only visits today or later (Erik visited a week ago)');
  assert.match(await visitItem.innerText(), /klo 10\.30[\s\S]*Aleksi Mallinen[\s\S]*Mukana: Sanna Sosiaaliohjaaja/);
  assert.equal(await card.getByRole('link', { name: SORTING_PLACE }).getAttribute('href'), `/places/${place.id}`);
  // A supervisor cannot open clients or cases: nothing links there.
  assert.equal(await page.locator('main a[href^="/clients"], main a[href^="/cases"]').count(), 0);

  // Phone first: no sideways scrolling, and every link and button of the page is at least 44 px tall and wide.
  await noHorizontalScroll(page, '/my-places');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main a, main button, header a, header button, nav a')]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => ({ text: e.textContent.trim(), ...e.getBoundingClientRect().toJSON() }))
      .filter((r) => r.width > 1 && (r.height < 44 || r.width < 44))
      .map((r) => `${r.text} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  assert.deepEqual(small, [], 'tap targets smaller than 44 px');
  await accessibleInFiAndSv(page, 'tasks-05-aino-my-places-phone', async () => {
    await expectHeading(page, 'Mina platser');
    assert.match(await starting.innerText(), /Börjar[\s\S]*om 14 dagar/);
    assert.match(await visitItem.innerText(), /kl\. 10\.30/);
    await noHorizontalScroll(page, '/my-places in Swedish');
  });

  await ack.getByRole('link').tap();
  await page.waitForURL(/\/client-agreements\/\d+#ack-host$/);
  await expectHeading(page, 'Asiakassopimus');
  await page.waitForFunction(() => document.activeElement?.id === 'ack-host');
  await noHorizontalScroll(page, 'the client agreement');
  await accessibleInFiAndSv(page, 'tasks-06-aino-agreement-phone');
  await page.locator('#ack-save-host').tap();
  await page.locator('#ack-host', { hasText: 'Kuitattu' }).waitFor();
  await waitForNavCount(page, 'Paikkani', 1);

  await page.getByRole('navigation').first().getByRole('link', { name: /^Paikkani/ }).tap();
  await page.waitForURL('**/my-places');
  await tasksOf(page, 'client_starting_at_place').waitFor();
  assert.equal(await tasksOf(page, 'client_agreement_to_acknowledge').count(), 0, 'the acknowledgement has left her list');
  await noHorizontalScroll(page, '/my-places after the acknowledgement');
  await accessibleInFiAndSv(page, 'tasks-07-aino-my-places-after-phone');

  // The place's name leads to its page (what to bring, the instructions, the orientation checklist).
  await card.getByRole('link', { name: SORTING_PLACE }).tap();
  await page.waitForURL((url) => url.pathname === `/places/${place.id}`);
  await expectHeading(page, SORTING_PLACE);
  await page.locator('#place-basic').waitFor();
  await noHorizontalScroll(page, "the place's page");
  await accessibleInFiAndSv(page, 'tasks-08-aino-place-phone');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 401/.test(e)), [], 'only the signed-out /auth/me answers 401');
});

test('the social worker sees the case waiting for her decision; the link opens its decision form', async () => {
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, 'leena');
  await page.waitForURL('**/my-work');
  const tasks = await apiCall(page, 'GET', '/api/v1/tasks');
  assert.equal(tasks.status, 200);
  const decision = tasks.body.items.find((x) => x.kind === 'decision_to_make' && x.clientName === ERIK);
  assert.ok(decision?.caseId, `a decision waits for leena: ${JSON.stringify(tasks.body.items)}`);
  const item = tasksOf(page, 'decision_to_make', ERIK);
  await item.waitFor();
  assert.match(await item.innerText(), /Suunnitelma on valmis, mutta allekirjoitettua päätöstä ei ole/);
  await accessibleInFiAndSv(page, 'tasks-09-leena-my-work', () =>
    tasksOf(page, 'decision_to_make', 'Planen är klar').waitFor(),
  );

  await item.getByRole('link', { name: new RegExp(`^Tee päätös\\s*: ${ERIK}$`) }).click();
  await page.waitForURL((url) => url.pathname === `/cases/${decision.caseId}/decisions/new`);
  await expectHeading(page, 'Uusi päätös');
  assert.match(await page.locator('main').innerText(), new RegExp(ERIK));
  await accessibleInFiAndSv(page, 'tasks-10-leena-decision-form', () => expectHeading(page, 'Nytt beslut'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 401/.test(e)), [], 'only the signed-out /auth/me answers 401');
});

test("the association's manager sees the service order waiting for her answer; the link lands on that order", async () => {
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, 'hanna');
  await page.waitForURL('**/my-work');
  const tasks = await apiCall(page, 'GET', '/api/v1/tasks');
  assert.equal(tasks.status, 200);
  const order = tasks.body.items.find((x) => x.kind === 'service_order_to_answer' && x.clientName === ERIK);
  assert.ok(order?.serviceOrderId, `an order waits for hanna: ${JSON.stringify(tasks.body.items)}`);
  const item = tasksOf(page, 'service_order_to_answer', ERIK);
  await item.waitFor();
  assert.match(await item.innerText(), new RegExp(`Palvelutilaus odottaa vastaustasi: ${SORTING_PLACE}`));
  await accessibleInFiAndSv(page, 'tasks-11-hanna-my-work', () =>
    tasksOf(page, 'service_order_to_answer', 'väntar på ditt svar').waitFor(),
  );

  await item.getByRole('link', { name: new RegExp(`^Vastaa palvelutilaukseen\\s*: ${ERIK}$`) }).click();
  await page.waitForURL((url) => url.pathname === '/service-orders' && url.hash === `#order-${order.serviceOrderId}`);
  await expectHeading(page, 'Palvelutilaukset');
  const landed = page.locator(`#order-${order.serviceOrderId}`);
  await page.waitForFunction((id) => document.activeElement?.id === id, `order-${order.serviceOrderId}`);
  assert.match(await landed.innerText(), new RegExp(`${ERIK}[\\s\\S]*Lähetetty`));
  await accessibleInFiAndSv(page, 'tasks-12-hanna-service-orders', () => expectHeading(page, 'Tjänstebeställningar'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 401/.test(e)), [], 'only the signed-out /auth/me answers 401');
});

test("the county's manager names an own worker for the client nobody has taken; she is offered no button she may not use", async () => {
  const { page, foreign, consoleErrors } = await open();
  await signIn(page, 'mikko');
  await page.waitForURL('**/my-work');
  const SOFIA = 'Sofia Harjoitus';
  const item = tasksOf(page, 'case_without_own_worker', SOFIA);
  await item.waitFor();
  await accessibleInFiAndSv(page, 'tasks-13-mikko-my-work');
  const before = await navCount(page, 'Oma työ');

  await item.getByRole('link').click();
  await page.waitForURL((url) => /^\/clients\/\d+$/.test(url.pathname) && url.hash === '#own-worker');
  await page.waitForFunction(() => document.activeElement?.id === 'own-worker');
  assert.match(await page.locator('#own-worker-current').innerText(), /ei ole omatyöntekijää/);
  assert.equal(await page.locator('#edit-client').count(), 0, 'a manager does not edit the client');
  await accessibleInFiAndSv(page, 'tasks-14-mikko-own-worker', () => page.getByText('Egen kontaktperson').first().waitFor());
  await page.locator('#own-worker-choice_button').click();
  await page.getByRole('option', { name: 'Sanna Sosiaaliohjaaja' }).click();
  await page.locator('#own-worker-save').click();
  await page.waitForFunction(() => /Sanna Sosiaaliohjaaja/.test(document.getElementById('own-worker-current')?.textContent ?? ''));
  await waitForNavCount(page, 'Oma työ', before - 1);

  // Reading a case, the manager is offered no move, no record to save and no notice to add.
  const cases = await apiCall(page, 'GET', '/api/v1/cases');
  const started = cases.body.items.find((c) => c.stage === 'start');
  await page.goto(`/cases/${started.id}`);
  await page.locator('#current-stage').waitFor();
  assert.equal(await page.locator('#move-next').count(), 0);
  assert.equal(await page.locator('#interrupt').count(), 0);
  assert.equal(await page.locator('#new-notice').count(), 0);
  assert.equal(await page.locator('button[id$="-submit"]').count(), 0);
  await accessibleInFiAndSv(page, 'tasks-15-mikko-case');
  assert.deepEqual(foreign, []);
  assert.deepEqual(consoleErrors.filter((e) => !/status of 401/.test(e)), [], 'only the signed-out /auth/me answers 401');
});
