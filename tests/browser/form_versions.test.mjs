// The purchaser's manager keeps the forms it uses ("Lomakkeet", /forms): the list of forms in use with their
// versions, a form's version history, and the editor of a new version with its live preview drawn by the case
// page's own renderer in a chosen language and in plain language. The manager adds a field, is told per path
// what publishing needs (the server's validate_definition), keeps a draft over a reload, moves the field with
// buttons, publishes; the new version is in use and the old one still reads as published. Axe-core in Finnish
// and in Swedish, and 360 px. The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 form_versions.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibleInFiAndSv, assertAccessible, choose, expectHeading, signIn, useServerAndBrowser } from './helpers.mjs';
import { buildWorld } from './fixtures.mjs';

const env = useServerAndBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const T = (fi, sv, en) => ({ fi, sv, en });

/** The county's own first version of its feedback form: two fields, one of them read by the client. */
const DEFINITION = {
  kind: 'client_feedback',
  title: T('Asiakaspalaute', 'Klientrespons', 'Client feedback'),
  sections: [
    {
      key: 'feedback',
      title: T('Palaute', 'Respons', 'Feedback'),
      fields: [
        {
          key: 'experience', type: 'long_text', required: true, clientFacing: true,
          label: T('Kokemus työtoiminnasta', 'Upplevelsen av arbetsverksamheten', 'Experience of the work activity'),
          plain: T('Miltä työtoiminta on tuntunut?', 'Hur har arbetsverksamheten känts?', 'How has the work activity felt?'),
        },
        { key: 'next', type: 'date', required: false, clientFacing: false, label: T('Seuraava tapaaminen', 'Nästa möte', 'Next meeting') },
      ],
    },
  ],
};

let world;
let first;
async function setUp() {
  if (world) return;
  world = await buildWorld(env.server.baseUrl, 'fv');
  const manager = await world.as('manager');
  first = await manager.must('POST', `/api/v1/organisations/${world.county.id}/forms`, { definition: DEFINITION });
}

const wideElements = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 361)
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`),
  );
const pick = (page, id) => page.locator(`label[for="${id}"]`).click();
const noServerErrors = (errors) => errors.filter((e) => !/status of 4\d\d/.test(e));
const focused = (page, id) => page.waitForFunction((x) => document.activeElement?.id === x, id);

test('the manager edits a form in the editor with its preview, publishes a new version, and the old one still reads as published', async () => {
  await setUp();
  assert.equal(first.version, 1);
  const org = world.county.id;
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.manager.username);

  // The navigation leads to the forms in use: the county's own feedback form and the shipped ones.
  await page.getByRole('link', { name: 'Lomakkeet', exact: true }).click();
  await expectHeading(page, 'Lomakkeet');
  const row = page.locator('#form-kind-client_feedback');
  await row.waitFor();
  assert.match(await row.innerText(), /Asiakaspalaute\s+1\s+.*Oma lomakeversio/s);
  assert.match(await page.locator('#form-kind-final_evaluation').innerText(), /Polun mukana toimitettu/);
  await accessibleInFiAndSv(page, 'form-versions-01-list', async () => {
    await page.locator('#form-kind-client_feedback', { hasText: 'Klientrespons' }).waitFor();
  });

  // The form's versions: its own version 1 in use, the shipped one after it; version 1 read only.
  await page.locator('#form-kind-client_feedback-link').click();
  await expectHeading(page, 'Asiakaspalaute');
  const history = page.locator('#version-history tbody tr');
  await history.first().waitFor();
  assert.equal(await history.count(), 2, 'the own version and the shipped one');
  assert.match(await history.nth(0).innerText(), /Versio 1\s*Käytössä.*Maija Esihenkilö.*Oma lomakeversio/s);
  assert.match(await history.nth(1).innerText(), /Polun mukana toimitettu/);
  await page.locator(`#fv-${first.id}-form`).waitFor();
  assert.equal(await page.locator(`#fv-${first.id}-form textarea:not([disabled])`).count(), 0, 'a published version is read only');

  // The editor starts from version 1; the preview shows its fields.
  await page.locator('#edit-new-version').click();
  await expectHeading(page, 'Uusi lomakeversio: Asiakaspalaute');
  await page.locator('#fp-form').waitFor();
  assert.match(await page.locator('label[for="fp-experience"]').innerText(), /Kokemus työtoiminnasta/);
  assert.equal(await page.locator('#fp-field_1').count(), 0);

  // A field added: open, its Finnish label focused; typed, it shows in the preview at once.
  await page.locator('#fe-sections-0-fields-add').click();
  await focused(page, 'fe-sections-0-fields-2-label-fi');
  await page.locator('#fe-sections-0-fields-2-label-fi').fill('Mikä auttoi eniten');
  await page.locator('label[for="fp-field_1"]', { hasText: 'Mikä auttoi eniten' }).waitFor();

  // Publishing without the Swedish and English labels: refused, the server's message at each language's input and
  // in the summary, nothing typed lost.
  await page.locator('#fe-publish').click();
  const summary = page.locator('#editor-errors');
  await summary.waitFor();
  await page.locator('[id="fe-sections-0-fields-2-label-sv-statusText"]', { hasText: /\S/ }).waitFor();
  await page.locator('[id="fe-sections-0-fields-2-label-en-statusText"]', { hasText: /\S/ }).waitFor();
  assert.match(await summary.innerText(), /Osio 1, kenttä 3: Nimi ruotsiksi/);
  assert.equal(await summary.locator('a').count(), 2, 'one link a missing text');
  assert.equal(await page.locator('#fe-sections-0-fields-2-label-fi').inputValue(), 'Mikä auttoi eniten');
  await accessibleInFiAndSv(page, 'form-versions-02-refused', async () => {
    await expectHeading(page, 'Ny blankettversion: Klientrespons');
    await page.locator('#fe-publish', { hasText: 'Publicera' }).waitFor();
  });
  await summary.getByRole('link', { name: /Nimi ruotsiksi/ }).click();
  await focused(page, 'fe-sections-0-fields-2-label-sv');

  // Typed and reloaded before publishing: the browser's draft brings it back.
  await page.locator('#fe-sections-0-fields-2-label-sv').fill('Vad hjälpte mest');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('polku.draft.') && k.includes('form-version')));
  await page.reload();
  await page.locator('#draft-notice').waitFor();
  await page.locator('#restore-draft').click();
  await page.locator('#draft-notice').waitFor({ state: 'detached' });
  const added = await page.locator('#fe-sections-0-fields > li').nth(2).getAttribute('id');
  await page.locator(`#${added}-open`).click();
  assert.equal(await page.locator('#fe-sections-0-fields-2-label-sv').inputValue(), 'Vad hjälpte mest', 'the draft is back');
  await page.locator('#fe-sections-0-fields-2-label-en').fill('What helped most');

  // Its type changed to a choice of two options, each named in three languages.
  await choose(page, 'fe-sections-0-fields-2-type', 'Yksi vaihtoehto');
  const options = [['Valmentaja', 'Coachen', 'The coach'], ['Työtehtävät', 'Arbetsuppgifterna', 'The tasks']];
  for (const [i, texts] of options.entries()) {
    for (const [k, lang] of ['fi', 'sv', 'en'].entries()) {
      await page.locator(`#fe-sections-0-fields-2-options-${i}-label-${lang}`).fill(texts[k]);
    }
  }
  await page.locator('label[for="fp-field_1-choice_2"]', { hasText: 'Työtehtävät' }).waitFor();

  // Moved up with the button (not by dragging): the focus stays on it, the preview follows the order.
  await page.locator(`#${added}-up`).click();
  await focused(page, `${added}-up`);
  await page.locator('#editor-status', { hasText: 'siirrettiin kohtaan 2' }).waitFor();
  assert.equal(await page.locator('#fe-sections-0-fields > li').nth(1).getAttribute('id'), added);
  const previewOrder = await page.evaluate(() => {
    const a = document.getElementById('fp-field_1-choice_1');
    const b = document.getElementById('fp-next');
    return Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(previewOrder, 'the preview shows the moved field before the date');

  // The preview in Swedish, and in plain language: the client-facing field reads as the client reads it.
  await pick(page, 'fp-lang-sv');
  await page.locator('#fp-form[lang="sv"] label[for="fp-field_1-choice_1"]', { hasText: 'Coachen' }).waitFor();
  await pick(page, 'fp-plain');
  await page.locator('label[for="fp-experience"]', { hasText: 'Hur har arbetsverksamheten känts?' }).waitFor();
  await assertAccessible(page, 'form-versions-03-preview-sv-plain');

  // Published: version 2 in use, version 1 still in the history and read as it was published.
  await page.locator('#fe-publish').click();
  await page.locator('#published-notice', { hasText: 'Lomakeversio 2 julkaistiin' }).waitFor();
  await expectHeading(page, 'Asiakaspalaute');
  assert.equal(await page.locator('#version-history tbody tr').count(), 3);
  assert.match(await page.locator('#version-history tbody tr').nth(0).innerText(), /Versio 2\s*Käytössä/);
  assert.match(await page.locator('#version-history tbody tr').nth(1).innerText(), /Versio 1/);
  const manager = await world.as('manager');
  const versions = (await manager.must('GET', `/api/v1/organisations/${org}/forms/client_feedback/versions`)).items;
  assert.deepEqual(versions.map((v) => v.version), [2, 1, 1]);
  const second = await manager.must('GET', `/api/v1/form-versions/${versions[0].id}`);
  const fields = second.definition.sections[0].fields;
  assert.deepEqual(fields.map((f) => f.key), ['experience', 'field_1', 'next']);
  assert.equal(fields[1].type, 'single_choice');
  assert.deepEqual(fields[1].label, T('Mikä auttoi eniten', 'Vad hjälpte mest', 'What helped most'));
  assert.deepEqual(fields[1].options.map((o) => o.label.sv), ['Coachen', 'Arbetsuppgifterna']);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('form-version')).length), 0, 'no draft left');
  await page.locator(`#fv-${second.id}-form label[for="fv-${second.id}-field_1-choice_1"]`).waitFor();
  await accessibleInFiAndSv(page, 'form-versions-04-published', async () => {
    await page.locator('#version-history', { hasText: 'I bruk' }).waitFor();
  });

  await page.locator(`#version-${first.id}-link`).click();
  await page.locator('#chosen-version-heading', { hasText: 'Versio 1' }).waitFor();
  assert.match(await page.locator('#chosen-version-meta').innerText(), /korvattu uudemmalla versiolla/);
  await page.locator(`#fv-${first.id}-form`).waitFor();
  assert.equal(await page.locator(`#fv-${first.id}-field_1`).count(), 0, 'version 1 as it was published');
  assert.ok(await page.locator(`#fv-${first.id}-experience`).isDisabled());
  await assertAccessible(page, 'form-versions-05-old-version');

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test('a version on THL\'s structure keeps its fields, or is detached from it to be the county\'s own', async () => {
  await setUp();
  const org = world.county.id;
  const { page, consoleErrors } = await env.open();
  await signIn(page, world.users.manager.username);
  await page.goto(`/forms/final_evaluation/edit?org=${org}`);
  await page.locator('#fp-form').waitFor();
  await page.locator('#fe-national', { hasText: '1.2.246.537.6.1506.1003' }).waitFor();
  await accessibleInFiAndSv(page, 'form-versions-06-national', async () => {
    await page.locator('#fe-national-heading', { hasText: 'Nationell struktur' }).waitFor();
  });

  // The structure's first field removed: publishing is refused, naming the field; its link leads to the detach button.
  const firstField = await page.locator('#fe-sections-0-fields > li').first().getAttribute('id');
  await page.locator(`#${firstField}-remove`).click();
  await page.locator('#fe-publish').click();
  const summary = page.locator('#editor-errors');
  await summary.getByRole('link', { name: /THL:n rakenteen kenttä meeting_participants/ }).click();
  await focused(page, 'fe-national-detach');

  // Detached: the notice says so, and the version publishes as the county's own, without the OID.
  await page.locator('#fe-national-detach').click();
  await focused(page, 'fe-national-detached');
  await page.locator('#fe-publish').click();
  await page.locator('#published-notice', { hasText: 'Lomakeversio 1 julkaistiin' }).waitFor();
  const manager = await world.as('manager');
  const versions = (await manager.must('GET', `/api/v1/organisations/${org}/forms/final_evaluation/versions`)).items;
  const own = await manager.must('GET', `/api/v1/form-versions/${versions[0].id}`);
  assert.equal(own.definition.nationalOid, undefined);
  assert.ok(!own.definition.sections[0].fields.some((f) => f.key === 'meeting_participants'));
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test('only a purchaser manager finds the forms', async () => {
  await setUp();
  const { page } = await env.open();
  await signIn(page, world.users.instructor.username);
  await page.locator('nav').first().waitFor();
  assert.equal(await page.getByRole('link', { name: 'Lomakkeet', exact: true }).count(), 0);
  await page.goto(`/forms?org=${world.county.id}`);
  await page.waitForFunction(() => document.querySelector('h1'));
  assert.notEqual((await page.locator('h1').innerText()).trim(), 'Lomakkeet');
});

test('the forms pages and the editor read well on a 360 px phone', async () => {
  await setUp();
  const { page } = await env.open(PHONE);
  await signIn(page, world.users.manager.username);
  for (const path of ['/forms', '/forms/client_feedback', '/forms/client_feedback/edit']) {
    await page.goto(`${path}?org=${world.county.id}`);
    await page.locator('h1').waitFor();
    if (path.endsWith('/edit')) {
      await page.locator('#fp-form').waitFor();
      const fieldId = await page.locator('#fe-sections-0-fields > li').first().getAttribute('id');
      await page.locator(`#${fieldId}-open`).click();
      await page.locator('#fe-sections-0-fields-0-label-fi').waitFor();
    } else {
      await page.locator('table').first().waitFor();
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${path} scrolls sideways at 360 px: scrollWidth ${width}: ${await wideElements(page)}`);
    await assertAccessible(page, `form-versions-phone-${path.split('/').filter(Boolean).join('-')}`);
  }
});
