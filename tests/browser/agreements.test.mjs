// Browser tests of agreements between organisations, their documents, service
// products and the manager's start page, against the real backend (see server.mjs).
// Run: POLKU_BIN=build/polku node --test --test-concurrency=1 --test-timeout=300000 ./agreements.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, choose, expectHeading, fiDate, saveMeanwhile, signIn, useServerAndBrowser } from './helpers.mjs';

const { open } = useServerAndBrowser();

const PDF = Buffer.from('%PDF-1.4\n% Polku test document\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

test('the purchaser manager makes a purchase contract, attaches a document and sees it ending on his start page', async () => {
  const { page } = await open();
  await signIn(page, 'mikko');

  // The start page: agreements ending within 60 days (the demo's recycling partnership) and the capacity.
  await expectHeading(page, 'Oma työ');
  await page.locator('#ending-list').waitFor();
  assert.match(await page.locator('#ending-list').innerText(), /Kumppanuussopimus Rantakylän kierrätyskeskus/);
  await page.locator('#capacity-table').waitFor();
  // The counts are the registry's own: open places, their seats and the seats free today.
  const openPlaces = await page.evaluate(async () => {
    const { items } = await (await fetch('/api/v1/places')).json();
    const o = items.filter((p) => p.status === 'open');
    return { count: o.length, seats: o.reduce((s, p) => s + p.capacity, 0), free: o.reduce((s, p) => s + p.freeToday, 0) };
  });
  const openRow = (await page.locator('#capacity-table tr[data-status="open"]').innerText()).split(/\s+/).filter(Boolean);
  assert.deepEqual(openRow, ['Avoinna', String(openPlaces.count), String(openPlaces.seats), String(openPlaces.free)]);
  assert.equal(
    await page.locator('#free-today').innerText(),
    `Vapaita asiakaspaikkoja tänään avoimissa paikoissa: ${openPlaces.free} / ${openPlaces.seats}.`,
  );
  await assertAccessible(page, 'a01-manager-start');

  // A new purchase contract with the 4H association.
  await page.getByRole('link', { name: 'Sopimukset', exact: true }).first().click();
  await expectHeading(page, 'Sopimukset');
  await page.locator('#new-agreement').click();
  await expectHeading(page, 'Uusi sopimus');
  await page.locator('#agreement-choose-partner-first').waitFor();
  await assertAccessible(page, 'a02-agreement-form');
  await choose(page, 'agreement-partner', 'Kotikylän 4H-yhdistys ry');
  await page.locator('#agreement-title').fill('Ostopalvelusopimus 2026–2027');
  await page.locator('#agreement-validFrom').fill(fiDate(-10));
  await page.locator('#agreement-validUntil').fill(fiDate(-20));  // before the start: the server says so
  await page.locator('#agreement-places').waitFor();
  await page.locator('label[for="agreement-places-first"]').click();
  await page.locator('#agreement-products').waitFor();
  await page.locator('label[for="agreement-products-first"]').click();
  await page.locator('#save-agreement').click();
  await page.locator('#agreement-error-summary').waitFor();
  assert.match(await page.locator('#agreement-form').innerText(), /Päättymisen on oltava alkamisen jälkeen/);
  assert.equal(await page.locator('#agreement-title').inputValue(), 'Ostopalvelusopimus 2026–2027', 'the typed values stay');
  await assertAccessible(page, 'a03-agreement-form-refused');

  await page.locator('#agreement-validUntil').fill(fiDate(30));
  await page.locator('#save-agreement').click();
  await page.waitForURL(/\/agreements\/\d+$/);
  await expectHeading(page, 'Ostopalvelusopimus 2026–2027');
  await page.locator('#agreement-saved').waitFor();
  assert.match(await page.locator('#agreement-details').innerText(), /Ostopalvelusopimus/);
  // The names come with the registry's lists, which may arrive after the agreement.
  await page.locator('#agreement-places').getByText('Kiinteistö- ja pihanhoito').waitFor();
  await page.locator('#agreement-products').getByText('Osa 1: Työtoimintapaikka', { exact: false }).waitFor();
  assert.match(await page.locator('#agreement-products').innerText(), /Osa 1: Työtoimintapaikka.*1–4 pv\/vko, 4–8 h\/pv, 3–24 kk, 30,00 €\/pv/);
  const agreementPath = new URL(page.url()).pathname;

  // A too-large file is explained before sending; a PDF goes through and can be downloaded.
  const fileInput = page.locator('#document-upload input[type="file"]');
  await fileInput.setInputFiles({ name: 'liian-iso.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(6 * 1024 * 1024, 0x20) });
  await page.waitForFunction(() => /Tiedosto on liian suuri/.test(document.querySelector('#document-upload')?.textContent ?? ''));
  assert.equal(await page.locator('#upload-document').isDisabled(), true, 'a too-large file is not sent');
  await assertAccessible(page, 'a04-document-too-large');
  await fileInput.setInputFiles({ name: 'sopimus.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.waitForFunction(() => !/liian suuri/.test(document.querySelector('#document-upload')?.textContent ?? ''));
  await page.locator('#upload-document').click();
  await page.locator('#document-added').waitFor();
  const link = page.locator('#agreement-documents').getByRole('link', { name: 'sopimus.pdf' });
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), 'sopimus.pdf');
  assert.deepEqual(await readFile(await download.path()), PDF, 'the downloaded bytes are the uploaded ones');
  await assertAccessible(page, 'a05-agreement-with-document');

  // Editing keeps the version: the title changes, the coverage stays.
  await page.locator('#edit-agreement').click();
  await expectHeading(page, 'Muokkaa sopimusta');
  await page.locator('#agreement-places').waitFor();
  assert.equal(await page.locator('#agreement-places-first').isChecked(), true);
  await page.locator('#agreement-title').fill('Ostopalvelusopimus 2026–2027 (jatko)');
  await assertAccessible(page, 'a06-agreement-edit');
  // Someone saves the agreement meanwhile: the stale save keeps what was typed and offers a choice.
  const status = await saveMeanwhile(page, `/api/v1${agreementPath}`, { title: 'Toisen tallentama nimi' });
  assert.equal(status, 200);
  await page.locator('#save-agreement').click();
  await page.locator('#conflict-notice').waitFor();
  assert.equal(await page.locator('#agreement-title').inputValue(), 'Ostopalvelusopimus 2026–2027 (jatko)', 'the typed title stays');
  await assertAccessible(page, 'a07-agreement-conflict');
  await page.locator('#keep-mine').click();
  await page.locator('#conflict-notice').waitFor({ state: 'detached' });
  await page.locator('#save-agreement').click();
  await page.waitForURL((url) => url.pathname === agreementPath);
  await expectHeading(page, 'Ostopalvelusopimus 2026–2027 (jatko)');

  // It ends within 60 days, so the start page lists it.
  await page.goto('/my-work');
  await page.locator('#ending-list').waitFor();
  const ending = page.locator('#ending-list').getByRole('link', { name: 'Ostopalvelusopimus 2026–2027 (jatko)' });
  await ending.waitFor();
  assert.match(await page.locator('#ending-list').innerText(), /päättyy 30 päivän päästä/);
  await ending.click();
  await page.waitForURL((url) => url.pathname === agreementPath);
});

test('the provider manager adds a service product; one that widens the service type is refused next to the field', async () => {
  const { page } = await open();
  await signIn(page, 'hanna');
  await page.locator('#manager-panel').waitFor();
  await page.getByRole('link', { name: 'Palvelutuotteet', exact: true }).first().click();
  await expectHeading(page, 'Palvelutuotteet');
  await page.locator('#product-table').waitFor();
  assert.match(await page.locator('#product-table').innerText(), /Osa 3: Koulutukseen ja työhön suuntaava kuntouttava työtoiminta/);
  await assertAccessible(page, 'a08-service-products');

  await page.locator('#new-product').click();
  await expectHeading(page, 'Uusi palvelutuote');
  await page.locator('#product-name').fill('Kesäjakso');
  await page.locator('label[for="product-includesPlace"]').click();
  await page.locator('label[for="product-includesSupport"]').click();
  for (const [field, value] of [
    ['periodMonthsMin', '3'],
    ['periodMonthsMax', '6'],
    ['daysMin', '1'],
    ['daysMax', '5'], // KTT allows at most four days a week
    ['hoursMin', '4'],
    ['hoursMax', '6'],
    ['minGuidanceHoursPer3Months', '6'],
  ]) {
    await page.locator(`#product-${field}`).fill(value);
  }
  // A price that is no number is explained before anything is sent, and the error summary takes the focus.
  await page.locator('#product-price').fill('kolme euroa');
  await page.locator('#save-product').click();
  await page.locator('#product-error-summary').waitFor();
  assert.match(await page.locator('#product-error-summary').innerText(), /Hinta \(€\): Anna hinta euroina, esim\. 32,50\./);
  await page.waitForFunction(() => document.querySelector('#product-error-summary')?.contains(document.activeElement));
  assert.equal(await page.locator('#product-name').inputValue(), 'Kesäjakso', 'the typed values stay');
  await page.locator('#product-price').fill('32,50');
  await page.waitForFunction(() => /Kuntouttava työtoiminta: rajat tänään 1–4 pv\/vko, 4–8 h\/pv, 3–24 kk/.test(document.querySelector('#product-narrow-hint')?.textContent ?? ''));
  await assertAccessible(page, 'a09-product-form');
  await page.locator('#save-product').click();
  await page.locator('#product-error-summary').waitFor();
  assert.match(await page.locator('#product-error-summary').innerText(), /Päiviä viikossa enintään: Arvo ylittää palvelun lakisääteiset rajat/);
  const describedBy = await page.locator('#product-daysMax').getAttribute('aria-describedby');
  assert.ok(describedBy, 'the field points at its message');
  const fieldMessage = await page.locator(`[id="${describedBy.split(' ').find((id) => /status/i.test(id)) ?? describedBy.split(' ')[0]}"]`).innerText();
  assert.match(fieldMessage, /Arvo ylittää palvelun lakisääteiset rajat/, 'the message is next to the field');
  assert.equal(await page.locator('#product-name').inputValue(), 'Kesäjakso', 'the typed values stay');
  await assertAccessible(page, 'a10-product-refused');

  await page.locator('#product-daysMax').fill('4');
  await page.locator('#save-product').click();
  await page.locator('#product-saved').waitFor();
  await expectHeading(page, 'Palvelutuotteet');
  const row = page.locator('#product-table tr', { hasText: 'Kesäjakso' });
  assert.match(await row.innerText(), /1–4 pv\/vko, 4–6 h\/pv, 3–6 kk, 32,50 €\/pv/);
  assert.match(await row.innerText(), /työtoimintapaikka, tuki ja ohjaus/);
  await assertAccessible(page, 'a11-service-product-saved');

  // Someone saves the product while it is being edited: 'use saved' replaces the typed name with the saved one.
  await row.getByRole('link', { name: 'Kesäjakso' }).click();
  await expectHeading(page, 'Muokkaa palvelutuotetta');
  const productPath = new URL(page.url()).pathname.replace(/\/edit$/, '');
  await page.locator('#product-name').fill('Kesäjakso (oma)');
  const status = await saveMeanwhile(page, `/api/v1${productPath}`, { name: 'Kesäjakso (toisen)' });
  assert.equal(status, 200);
  await page.locator('#save-product').click();
  await page.locator('#conflict-notice').waitFor();
  assert.equal(await page.locator('#product-name').inputValue(), 'Kesäjakso (oma)', 'the typed name stays');
  await page.locator('#use-saved').click();
  await page.locator('#conflict-notice').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#product-name').inputValue(), 'Kesäjakso (toisen)', 'the saved name replaces the typed one');
  await page.locator('#save-product').click();
  await page.locator('#product-saved').waitFor();
  // The list is refetched after the save; the saved name shows once it has arrived.
  await page.locator('#product-table tr', { hasText: 'Kesäjakso (toisen)' }).waitFor();
});
