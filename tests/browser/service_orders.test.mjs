// Browser test of service orders (issue 5 item 4): sanna orders a product for a
// client's case from the case page, hanna (the 4H association's manager) accepts
// it naming Tuomas as the coach, and Tuomas then reads the case without edit
// controls or the purchaser's records. Run: tests/browser/run.sh
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, assertAccessible, choose, expectHeading, fiDate, signIn, useServerAndBrowser } from './helpers.mjs';

// Aleksi's demo case waits at referral; its order text must never reach the provider.
const CLIENT = 'Aleksi Mallinen';
const REFERRAL_TEXT = 'Asiakas hakeutui itse';
const TITLE = `${CLIENT}: Kuntouttava työtoiminta`;

const { open } = useServerAndBrowser();
let caseId = 0;
let orderId = 0;

test('sanna orders a service product for the case; the server refuses days outside the product and keeps the input', async () => {
  const { page } = await open();
  await signIn(page, 'sanna');
  const cases = await (await page.request.get('/api/v1/cases')).json();
  caseId = cases.items.find((c) => c.clientName === CLIENT).id;
  await page.goto(`/cases/${caseId}`);
  await expectHeading(page, TITLE);
  await page.waitForSelector('#service-order-form');
  await choose(page, 'order-product', 'Osa 2: Tuki ja ohjaus kuntouttavaan työtoimintaan');
  // The product has no place of its own: the form asks for one.
  await choose(page, 'order-place', 'Kiinteistö- ja pihanhoito');
  const start = fiDate(21);
  await page.locator('#order-start-date').fill(start);
  await page.locator('#order-period-months').fill('6');
  await page.locator('#order-days-per-week').fill('5');
  await page.locator('#order-hours-per-day').fill('5');
  await page.locator('#order-submit').click();
  await page.waitForSelector('#service-order-errors');
  const form = await page.locator('#service-order-form').innerText();
  assert.match(form, /Arvo ei ole palvelutuotteen rajoissa\./);
  assert.equal(await page.locator('#order-start-date').inputValue(), start, 'the start date is kept');
  assert.equal(await page.locator('#order-period-months').inputValue(), '6');
  await assertAccessible(page, 'service-order-refused');

  await page.locator('#order-days-per-week').fill('3');
  await page.locator('#order-submit').click();
  await page.waitForFunction(() => (document.getElementById('order-status')?.textContent ?? '').includes('lähetetty'), null, {
    timeout: 10_000,
  });
  await page.waitForSelector('#service-order-list > li');
  const listed = await page.locator('#service-order-list').innerText();
  assert.match(listed, /Osa 2: Tuki ja ohjaus/);
  assert.match(listed, /Lähetetty/);
  const orders = await (await page.request.get(`/api/v1/service-orders?caseId=${caseId}`)).json();
  orderId = orders.items[0].id;
  await assertAccessible(page, 'service-order-sent');
});

test('hanna accepts the order naming Tuomas as the coach; an answer given meanwhile is the server\'s message', async () => {
  assert.ok(orderId > 0, 'the order of the first test');
  const { page } = await open();
  await signIn(page, 'hanna');
  await page.getByRole('link', { name: 'Palvelutilaukset' }).first().click();
  await expectHeading(page, 'Palvelutilaukset');
  await page.waitForSelector(`#order-${orderId}`);
  await assertAccessible(page, 'service-orders-incoming');
  await page.locator(`#order-${orderId}-accept`).click();
  await page.locator(`#order-${orderId}-confirm`).click();
  // Accepting without a coach is refused next to the field.
  await page.waitForFunction((id) => (document.getElementById(`order-${id}-answer`)?.textContent ?? '').includes('Pakollinen tieto'), orderId, {
    timeout: 10_000,
  });
  await choose(page, `order-${orderId}-coach`, 'Tuomas Valmentaja');
  await assertAccessible(page, 'service-order-accepting');
  // Someone answers meanwhile: the 409 is no stale version, so the server's message shows, with no "keep mine".
  const coaches = await apiCall(page, 'GET', '/api/v1/coaches');
  const coach = coaches.body.items.find((c) => c.displayName === 'Tuomas Valmentaja');
  const meanwhile = (
    await apiCall(page, 'PUT', `/api/v1/service-orders/${orderId}/response`, { status: 'accepted', coachUserId: coach.id })
  ).status;
  assert.equal(meanwhile, 200, 'the other answer goes through');
  await page.locator(`#order-${orderId}-confirm`).click();
  await page.waitForFunction(
    (id) => (document.getElementById(`order-${id}-answer`)?.textContent ?? '').includes('Tilaukseen on jo vastattu.'),
    orderId,
    { timeout: 10_000 },
  );
  assert.equal(await page.locator('#conflict-notice').count(), 0, 'no stale-version choice for another conflict');
  await page.reload();
  await page.waitForFunction((id) => (document.getElementById(`order-${id}-status`)?.textContent ?? '') === 'Hyväksytty', orderId, {
    timeout: 10_000,
  });
  assert.equal((await page.locator(`#order-${orderId}-coach`).innerText()).trim(), 'Tuomas Valmentaja');
});

test('tuomas sees the case in his cases and reads it without edit controls or the purchaser records', async () => {
  assert.ok(caseId > 0, 'the case of the first test');
  const { page } = await open();
  await signIn(page, 'tuomas');
  await page.goto('/cases');
  await page.getByRole('link', { name: CLIENT }).click();
  await expectHeading(page, TITLE);
  await page.waitForSelector('#provider-view-notice');
  await page.waitForSelector('#service-order-list > li');
  for (const hidden of ['#current-stage', '#move-next', '#interrupt', '#decisions', '#notices', '#service-order-form', '#referral-form']) {
    assert.equal(await page.locator(hidden).count(), 0, `${hidden} is not shown to the provider`);
  }
  const text = await page.locator('main').innerText();
  assert.ok(!text.includes(REFERRAL_TEXT), 'the referral text stays with the purchaser');
  assert.match(await page.locator('#provider-participants').innerText(), /Tuomas Valmentaja/);
  assert.equal(await page.locator('#case-client-language').innerText(), 'suomi');
  await assertAccessible(page, 'service-order-coach-case');
});

test('the provider replies to the purchaser when accepting; both see the reply on the order', async () => {
  assert.ok(caseId > 0, 'the case of the first test');
  const purchaser = await open();
  await signIn(purchaser.page, 'sanna');
  const products = await apiCall(purchaser.page, 'GET', '/api/v1/service-products');
  const product = products.body.items.find((p) => p.name.startsWith('Osa 2: Tuki ja ohjaus'));
  const places = await apiCall(purchaser.page, 'GET', '/api/v1/places');
  const place = places.body.items.find((p) => p.name === 'Kiinteistö- ja pihanhoito');
  const [d, m, y] = fiDate(28).split('.');
  const order = await apiCall(purchaser.page, 'POST', '/api/v1/service-orders', {
    clientId: (await apiCall(purchaser.page, 'GET', `/api/v1/cases/${caseId}`)).body.clientId,
    caseId,
    productId: product.id,
    placeId: place.id,
    startDate: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
    periodMonths: 6,
    daysPerWeek: 3,
    hoursPerDay: 5,
  });
  assert.equal(order.status, 201, JSON.stringify(order.body));
  const id = order.body.id;

  const provider = await open();
  await signIn(provider.page, 'hanna');
  await provider.page.goto('/service-orders?status=sent');
  await provider.page.locator(`#order-${id}-accept`).click();
  await choose(provider.page, `order-${id}-coach`, 'Tuomas Valmentaja');
  const reply = 'Aloitetaan maanantaina klo 9, Tuomas on vastassa.';
  await provider.page.locator(`#order-${id}-reply`).fill(reply);
  await assertAccessible(provider.page, 'service-order-reply');
  await provider.page.locator(`#order-${id}-confirm`).click();
  await provider.page.goto('/service-orders');
  await provider.page.locator(`#order-${id}-note`).waitFor();
  assert.equal((await provider.page.locator(`#order-${id}-note`).innerText()).trim(), reply, 'the provider sees the reply');

  await purchaser.page.goto(`/cases/${caseId}`);
  await purchaser.page.locator(`#order-${id}-note`).waitFor();
  assert.equal((await purchaser.page.locator(`#order-${id}-note`).innerText()).trim(), reply, 'the purchaser sees the reply');
  assert.match(await purchaser.page.locator(`#order-${id}`).innerText(), /Vastaus tilaajalle/);
});
