// Compensation rates (korvausten määrät, issue #12): the administrator adds a row of the law's expense allowance from
// a later date on "Korvausten määrät" and sees the previous row end the day before; a purchaser's manager adds the
// purchaser's own work activity compensation; an amount that is no euros is explained at its field before anything
// is sent, and the server's refusal (a start not after the previous row's) at its field, and nothing typed is lost.
// The page in Finnish and in Swedish is axe-core clean. The data is the test's own (fixtures.mjs) besides the law's
// rows of the migrations; only the demo administrator is taken from the seed.
// Run: node --test --test-concurrency=1 --test-timeout=300000 rates.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleInFiAndSv, choose, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';
import { Api, addDays, addMonths, buildWorld, fi, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();

const today = todayIso();
/** The first day of the month after next: a change of the law announced in advance. */
const lawFrom = addMonths(`${today.slice(0, 7)}-01`, 2);

/** Text with every kind of space (the no-break space of "9,00 €" among them) as one plain space. */
const plain = (s) => s.replace(/\s+/g, ' ').trim();
const textOf = async (locator) => plain(await locator.innerText());
const noErrors = (consoleErrors) => consoleErrors.filter((e) => !/status of 4\d\d/.test(e));

let world;
async function setUp() {
  if (!world) world = await buildWorld(env.server.baseUrl, 'ra');
}

/** Fills the add form `idp`-new: the selects by their options' texts, the texts and dates as typed. */
async function fillRate(page, idp, v) {
  const id = (name) => `${idp}-new-${name}`;
  for (const name of ['serviceType', 'kind', 'benefit', 'payer']) if (v[name]) await choose(page, id(name), v[name]);
  for (const name of ['amountCents', 'maxDaysPerWeek', 'validFrom', 'validTo']) {
    if (v[name] !== undefined) await page.locator(`#${id(name)}`).fill(v[name]);
  }
}

/** The texts a form of `idp` holds: the selects' chosen options and the inputs' values. */
async function formValues(page, idp) {
  const id = (name) => `#${idp}-new-${name}`;
  const out = {};
  for (const name of ['serviceType', 'kind', 'benefit', 'payer']) out[name] = await textOf(page.locator(`${id(name)}_button`));
  for (const name of ['amountCents', 'maxDaysPerWeek', 'validFrom', 'validTo']) out[name] = await page.locator(id(name)).inputValue();
  return out;
}

test("the administrator adds the law's rate from a later date; the previous row ends the day before", async () => {
  await setUp();
  const admin = await Api.signIn(env.server.baseUrl, 'admin');
  const before = (await admin.must('GET', '/api/v1/compensation/rates')).items;
  const same = (r) => r.serviceType === 'ktt' && r.kind === 'expense_allowance' && r.benefit === 'kela';
  const previous = before.filter(same).find((r) => r.validTo === null);
  assert.ok(previous, `an open row of the expense allowance with Kela's benefit: ${JSON.stringify(before)}`);
  assert.ok(previous.validFrom < lawFrom, `${previous.validFrom} before ${lawFrom}`);

  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Korvaukset', exact: true }).click();
  await page.waitForURL('**/compensation/rates');
  await expectHeading(page, 'Korvausten määrät');
  assert.match(await textOf(page.locator('#rates-change')), /uutena rivinä.*edellinen rivi päättyy päivää ennen uuden rivin alkua/);
  // Of the compensation the administrator opens the rates alone: no links to the batches, no purchaser's own rows.
  assert.equal(await page.locator('.cm-subnav').count(), 0);
  assert.equal(await page.locator('#rates-own').count(), 0);

  const row = page.locator(`#rate-${previous.id}`);
  await row.waitFor();
  assert.equal(
    await textOf(row),
    `Kuntouttava työtoiminta Kulukorvaus Kelan etuutta saaville Etuuden maksaja (Kela tai työttömyyskassa) 9,00 € 5 ${fi(previous.validFrom)} alkaen (voimassa nyt)`,
  );

  await fillRate(page, 'rates-law', {
    serviceType: 'Kuntouttava työtoiminta', kind: 'Kulukorvaus', benefit: 'Kelan etuutta saaville',
    payer: 'Etuuden maksaja (Kela tai työttömyyskassa)', amountCents: '9,50', maxDaysPerWeek: '5', validFrom: fi(lawFrom),
  });
  await page.locator('#rates-law-new-submit').click();
  const status = page.locator('#rates-law-status');
  await status.filter({ hasText: 'Uusi määrä tallennettiin' }).waitFor();
  assert.equal(await textOf(status), `Uusi määrä tallennettiin: Kulukorvaus, Kuntouttava työtoiminta, 9,50 €, ${fi(lawFrom)} alkaen.`);

  // The previous row ends the day before; the new one follows it.
  const dayBefore = addDays(lawFrom, -1);
  await page.locator(`#rate-${previous.id}[data-valid-to="${dayBefore}"]`).waitFor();
  assert.match(await textOf(row), new RegExp(`9,00 € 5 ${fi(previous.validFrom)}–${fi(dayBefore)} \\(voimassa nyt\\)$`.replace(/\./g, '\\.')));
  const added = page.locator(`#rates-law-table tr[data-kind="expense_allowance"][data-benefit="kela"][data-valid-from="${lawFrom}"]`);
  assert.equal(await added.count(), 1);
  assert.match(await textOf(added), new RegExp(`Kulukorvaus Kelan etuutta saaville .* 9,50 € 5 ${fi(lawFrom).replace(/\./g, '\\.')} alkaen \\(tulossa\\)$`));
  // The form is blank again for the next row.
  assert.equal(await page.locator('#rates-law-new-amountCents').inputValue(), '');

  const after = (await admin.must('GET', '/api/v1/compensation/rates')).items.filter(same);
  const made = after.find((r) => r.validFrom === lawFrom);
  assert.deepEqual(
    [made.organisationId, made.payer, made.amountCents, made.maxDaysPerWeek, made.validTo],
    [null, 'benefit_payer', 950, 5, null],
  );
  assert.equal(after.find((r) => r.id === previous.id).validTo, dayBefore);

  await accessibleInFiAndSv(page, 'rates-01-admin', async () => {
    await expectHeading(page, 'Ersättningarnas belopp');
    await added.filter({ hasText: 'Kostnadsersättning' }).waitFor();
    assert.match(await textOf(added), /Klienter med förmån från FPA .* 9,50 € 5 .* \(kommande\)$/);
  });

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noErrors(consoleErrors), [], 'no console errors');
});

test("a purchaser's manager adds the purchaser's own rate", async () => {
  await setUp();
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.manager.username);
  await page.getByRole('link', { name: 'Korvaukset', exact: true }).click();
  await page.waitForURL('**/compensation');
  await page.locator('#compensation-nav-rates', { hasText: 'Korvausten määrät' }).click();
  await page.waitForURL((url) => url.pathname === '/compensation/rates' && url.searchParams.get('org') === String(world.county.id));
  await expectHeading(page, 'Korvausten määrät');
  assert.equal(await page.locator('#compensation-nav-rates').getAttribute('aria-current'), 'page');

  // The law's rows to read (the manager adds none of them), then the purchaser's own, none yet.
  await page.locator('#rates-law-table tr[data-kind="expense_allowance"]').first().waitFor();
  assert.equal(await page.locator('#rates-law-new-form').count(), 0, "no form for the law's rates");
  const own = page.locator('#rates-own');
  assert.equal(await textOf(own.locator('h2')), `${world.county.name}: omat määrät`);
  await own.locator('#rates-own-none').waitFor();

  await fillRate(page, 'rates-own', {
    serviceType: 'Osallisuutta ja toimintakykyä vahvistava työtoiminta', kind: 'Työtoiminnan korvaus',
    benefit: 'Kaikille asiakkaille', payer: 'Järjestäjä', amountCents: '4', validFrom: fi(today),
  });
  await page.locator('#rates-own-new-submit').click();
  await page.locator('#rates-own-status', { hasText: 'Uusi määrä tallennettiin' }).waitFor();
  const row = own.locator('#rates-own-table tr[data-kind="work_activity_compensation"]');
  await row.waitFor();
  assert.equal(
    await textOf(row),
    `Osallisuutta ja toimintakykyä vahvistava työtoiminta Työtoiminnan korvaus Kaikille asiakkaille Järjestäjä 4,00 € ei rajaa ${fi(today)} alkaen (voimassa nyt)`,
  );
  const manager = await world.as('manager');
  const mine = (await manager.must('GET', `/api/v1/organisations/${world.county.id}/compensation/rates`)).items.filter(
    (r) => r.organisationId === world.county.id,
  );
  assert.deepEqual(
    mine.map((r) => [r.serviceType, r.kind, r.benefit, r.payer, r.amountCents, r.maxDaysPerWeek, r.validFrom, r.validTo]),
    [['work_activity', 'work_activity_compensation', 'any', 'purchaser', 400, null, today, null]],
  );

  await accessibleInFiAndSv(page, 'rates-02-manager', async () => {
    await expectHeading(page, 'Ersättningarnas belopp');
    await row.filter({ hasText: 'Ersättning för arbetsverksamhet' }).waitFor();
    assert.match(await textOf(row), /Alla klienter Anordnaren 4,00 € ingen gräns .* \(gäller nu\)$/);
    assert.equal(await textOf(own.locator('h2')), `${world.county.name}: egna belopp`);
  });

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noErrors(consoleErrors), [], 'no console errors');
});

test('a bad amount and a refused start are explained at their fields and what was typed stays', async () => {
  await setUp();
  const manager = await world.as('manager');
  const path = `/api/v1/organisations/${world.county.id}/compensation/rates`;
  const first = await manager.must('POST', path, {
    serviceType: 'disability_work_activity', kind: 'work_activity_compensation', benefit: 'any', payer: 'purchaser',
    amountCents: 300, validFrom: today,
  });
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.manager.username);
  await page.goto(`/compensation/rates?org=${world.county.id}`);
  await expectHeading(page, 'Korvausten määrät');
  await page.locator(`#rate-${first.id}`).waitFor();

  const typed = {
    serviceType: 'Vammaisten henkilöiden työtoiminta', kind: 'Työtoiminnan korvaus', benefit: 'Kaikille asiakkaille',
    payer: 'Järjestäjä', amountCents: '3,505', maxDaysPerWeek: '', validFrom: fi(today), validTo: '',
  };
  await fillRate(page, 'rates-own', typed);
  await page.locator('#rates-own-new-submit').click();
  const summary = page.locator('#rates-own-new-errors');
  await summary.waitFor();
  assert.match(await textOf(summary), /Määrä päivältä \(€\): Anna summa euroina/);
  assert.match(await textOf(page.locator('#rates-own-new-amountCents-statusText')), /Anna summa euroina, esimerkiksi 4,60/);
  assert.deepEqual(await formValues(page, 'rates-own'), typed);
  assert.equal((await manager.must('GET', path)).items.filter((r) => r.organisationId === world.county.id && r.serviceType === 'disability_work_activity').length, 1, 'nothing was sent');

  // A weekly limit of days that is no whole number of 1–7 is explained too.
  await page.locator('#rates-own-new-maxDaysPerWeek').fill('8');
  await page.locator('#rates-own-new-amountCents').fill('3,50');
  await page.locator('#rates-own-new-submit').click();
  await page.locator('#rates-own-new-maxDaysPerWeek-statusText', { hasText: 'Anna päivien määrä kokonaislukuna 1–7.' }).waitFor();
  const amountStatus = page.locator('#rates-own-new-amountCents-statusText');
  assert.equal((await amountStatus.count()) === 0 ? '' : await textOf(amountStatus), '', 'the amount is fine now');

  // The server refuses a start that is not after the previous row's, at the field; nothing typed is lost.
  await page.locator('#rates-own-new-maxDaysPerWeek').fill('');
  await page.locator('#rates-own-new-submit').click();
  const refused = page.locator('#rates-own-new-validFrom-statusText');
  await refused.filter({ hasText: 'Alkupäivän pitää olla edellisen voimassaolon alun jälkeen.' }).waitFor();
  assert.equal((await amountStatus.count()) === 0 ? '' : await textOf(amountStatus), '');
  assert.deepEqual(await formValues(page, 'rates-own'), { ...typed, amountCents: '3,50' });
  await accessibleInFiAndSv(page, 'rates-03-refused', async () => {
    // The server's message was in Finnish; the form's own labels and hints follow the language.
    await page.getByLabel(/Belopp per dag/).waitFor();
  });

  // A week later it is saved, and the first row ends the day before.
  const later = addDays(today, 7);
  await page.locator('#rates-own-new-validFrom').fill(fi(later));
  await page.locator('#rates-own-new-submit').click();
  await page.locator('#rates-own-status', { hasText: 'Uusi määrä tallennettiin' }).waitFor();
  await page.locator(`#rate-${first.id}[data-valid-to="${addDays(later, -1)}"]`).waitFor();
  const next = page.locator(`#rates-own-table tr[data-service-type="disability_work_activity"][data-valid-from="${later}"]`);
  assert.match(await textOf(next), /3,50 € ei rajaa .* alkaen \(tulossa\)$/);

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noErrors(consoleErrors), [], 'no console errors');
});
