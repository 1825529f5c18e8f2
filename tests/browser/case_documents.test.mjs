// The case page's "Asiakirjat": before anything is given it says there are no documents yet; a completed
// implementation plan (every party's) and a placement feedback (the purchaser's own) are kept as PDFs at their first
// print (GET /api/v1/form-entries/{id}/pdf), the plan in Finnish and in Swedish; the case page lists them newest
// first with title, kind, language, the date and who gave it, size, the file and its checksum; the file is the PDF as
// kept (%PDF, its SHA-256 the X-Content-SHA256 and the listed checksum); the provider's coach sees only the plan's.
// Axe-core in Finnish and in Swedish, and 360 px. The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 case_documents.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { artifacts } from './browser.mjs';
import { accessibleInFiAndSv, assertAccessible, chooseLanguage, fiDate, signIn, useServerAndBrowser } from './helpers.mjs';
import { addDays, buildWorld, caseInImplementation, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const today = todayIso();
const monday = addDays(today, 1 - isoWeekday(today) - 14);

const T = (fi, sv, en) => ({ fi, sv, en });
const one = (key, label) => [{ key: 's', title: T('Osa', 'Del', 'Part'), fields: [{ key, type: 'long_text', required: true, label }] }];
const PLAN = {
  kind: 'implementation_plan',
  title: T('Toteuttamissuunnitelma', 'Genomförandeplan', 'Implementation plan'),
  sections: one('methods', T('Työskentelytavat', 'Arbetssätt', 'Methods')),
};
const FEEDBACK = {
  kind: 'placement_feedback',
  title: T('Työtoimintapaikan palaute', 'Respons från platsen', 'Feedback from the placement'),
  sections: one('feedback', T('Palaute', 'Respons', 'Feedback')),
};

let world;
let made;
async function setUp() {
  if (world) return;
  world = await buildWorld(env.server.baseUrl, 'cd');
  made = await caseInImplementation(world, { start: monday, firstNames: 'Aino', lastName: 'Asiakirjainen' });
  const manager = await world.as('manager');
  for (const definition of [PLAN, FEEDBACK]) {
    await manager.must('POST', `/api/v1/organisations/${world.county.id}/forms`, { definition });
  }
}

/** The PDF of a form entry as its first print keeps it (raw bytes: the fixtures' Api reads JSON). */
async function print(api, entryId, lang) {
  const res = await fetch(`${world.baseUrl}/api/v1/form-entries/${entryId}/pdf?lang=${lang}`, { headers: { Cookie: api.cookie } });
  assert.equal(res.status, 200, `${api.username}: the PDF of entry ${entryId} in ${lang}`);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  return Buffer.from(await res.arrayBuffer());
}

/** A completed form of the kind, begun and completed by `api`. */
async function completed(api, kind, answers) {
  const e = await api.must('POST', `/api/v1/cases/${made.case.id}/forms`, { kind, answers });
  return api.must('POST', `/api/v1/form-entries/${e.id}/completion`, { version: e.version }, 200);
}

let given;
/**
 * Both forms completed by the instructor; printed: the placement feedback in Finnish (by the instructor), then the plan in
 * Finnish (by the coach) and in Swedish (by the instructor).
 */
async function giveDocuments() {
  await setUp();
  if (given) return given;
  const instructor = await world.as('instructor');
  const coach = await world.as('coach');
  const feedback = await completed(instructor, 'placement_feedback', { feedback: 'Paikka toimi hyvin.' });
  const plan = await completed(instructor, 'implementation_plan', { methods: 'Työparityö: valmentaja ja työnohjaaja.' });
  await print(instructor, feedback.id, 'fi');
  await print(coach, plan.id, 'fi');
  await print(instructor, plan.id, 'sv');
  // Printed again: the same document, not a new one.
  await print(coach, plan.id, 'fi');
  const list = (await instructor.must('GET', `/api/v1/cases/${made.case.id}/documents`)).items;
  assert.equal(list.length, 3, JSON.stringify(list));
  given = { feedback, plan, list };
  return given;
}

/**
 * What reaches past 360 px outside a frame that scrolls or clips it (a table in its scrolling region is not); an
 * absolutely placed element escapes a frame that is not positioned, so it counts wherever it is.
 */
const wideElements = (page) =>
  page.evaluate(() => {
    const framed = (e) => {
      if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false;
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 361 && !framed(e))
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`);
  });
const shotSection = (page, name) => page.locator('#documents').screenshot({ path: `${artifacts}/${name}.png` });
const noServerErrors = (errors) => errors.filter((e) => !/status of 4\d\d/.test(e));
const kb = (bytes, lang) => `${new Intl.NumberFormat(lang, { maximumFractionDigits: bytes < 10_000 ? 1 : 0 }).format(bytes / 1000)}\u00a0kB`;
const cell = async (page, id) => (await page.locator(`#${id}`).textContent()).trim();

/** Fetches a row's file through its link as the page's user: the PDF as kept, its checksum the header's and the row's. */
async function checkDownload(page, d) {
  const link = page.locator(`#document-${d.id}-file`);
  assert.equal(await link.innerText(), d.fileName);
  const href = await link.getAttribute('href');
  assert.equal(href, `/api/v1/documents/${d.id}`);
  const res = await page.request.get(href);
  assert.equal(res.status(), 200);
  assert.equal(res.headers()['content-type'], 'application/pdf');
  const body = await res.body();
  assert.equal(body.subarray(0, 4).toString('latin1'), '%PDF');
  const sum = createHash('sha256').update(body).digest('hex');
  assert.equal(res.headers()['x-content-sha256'], sum, 'the bytes are those kept');
  assert.equal(sum, d.sha256);
  assert.equal(body.length, d.sizeBytes);
  assert.equal(await cell(page, `document-${d.id}-sha256-full`), sum);
}

test('before anything is given the section says there are no documents yet', async () => {
  await setUp();
  const { page, consoleErrors } = await env.open();
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#documents`);
  const section = page.locator('#documents');
  await section.locator('#no-documents').waitFor();
  assert.equal(await section.locator('h2').innerText(), 'Asiakirjat');
  assert.match(await section.locator('#no-documents').innerText(), /ei ole vielä annettu asiakirjoja/);
  assert.equal(await section.locator('table').count(), 0);
  await accessibleInFiAndSv(page, 'case-documents-01-none', async () => {
    await section.locator('#no-documents', { hasText: 'Inga handlingar' }).waitFor();
    assert.equal(await section.locator('h2').innerText(), 'Handlingar');
  });
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test("the purchaser's instructor finds the case's documents newest first and each opens as the PDF kept", async () => {
  const { feedback, plan, list } = await giveDocuments();
  const [planSv, planFi, feedbackFi] = list;
  assert.deepEqual(
    list.map((d) => [d.kind, d.sourceId, d.language, d.audience]),
    [
      ['implementation_plan', plan.id, 'sv', 'case'],
      ['implementation_plan', plan.id, 'fi', 'case'],
      ['placement_feedback', feedback.id, 'fi', 'purchaser'],
    ],
  );
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#documents`);
  const rows = page.locator('#document-table tbody tr');
  await rows.first().waitFor();
  // The link lands on the section.
  await page.waitForFunction(() => document.activeElement?.id === 'documents');
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.id)), list.map((d) => `document-${d.id}`), 'newest first');
  assert.equal(await page.locator('#document-table caption').innerText(), 'Asiakkuudessa annetut asiakirjat, uusin ensin');
  assert.equal(await page.locator('#documents [role="region"]').getAttribute('tabindex'), '0');

  const p = `document-${planFi.id}`;
  assert.equal(await cell(page, `${p}-title`), 'Toteuttamissuunnitelma');
  assert.equal(await cell(page, `${p}-kind`), 'Toteuttamissuunnitelma');
  assert.equal(await cell(page, `${p}-language`), 'suomi');
  assert.equal(await cell(page, `${p}-issued`), fiDate(0));
  assert.equal(await cell(page, `${p}-issued-by`), 'Kaisa Valmentaja');
  assert.equal(await cell(page, `${p}-size`), kb(planFi.sizeBytes, 'fi'));
  assert.match(await cell(page, `${p}-size`), /^\d+(,\d)?\u00a0kB$/);
  assert.equal(await cell(page, `document-${planSv.id}-title`), 'Genomförandeplan');
  assert.equal(await cell(page, `document-${planSv.id}-language`), 'ruotsi');
  assert.equal(await cell(page, `document-${planSv.id}-issued-by`), 'Iida Ohjaaja');
  assert.equal(await cell(page, `document-${feedbackFi.id}-kind`), 'Työtoimintapaikan palaute');

  // The checksum shows its first digits; the whole value opens from them (and is the summary's title).
  const f = `document-${feedbackFi.id}`;
  assert.equal(await cell(page, `${f}-sha256-short`), `${feedbackFi.sha256.slice(0, 12)}…`);
  assert.equal(await page.locator(`#${f}-sha256 summary`).getAttribute('title'), feedbackFi.sha256);
  assert.ok(!(await page.locator(`#${f}-sha256-full`).isVisible()));
  await page.locator(`#${f}-sha256 summary`).press('Enter');  // by keyboard: the page still moves as sections load
  await page.locator(`#${f}-sha256-full`).waitFor({ state: 'visible' });

  // The links are named by the file, described by the title and the language (the plan's two files share a name).
  const described = await page.locator(`#${p}-file`).getAttribute('aria-describedby');
  assert.equal(described, `${p}-title ${p}-language`);
  for (const d of list) await checkDownload(page, d);

  await shotSection(page, 'case-documents-02-list-section');
  await accessibleInFiAndSv(page, 'case-documents-02-list', async () => {
    await page.locator('#documents-heading', { hasText: 'Handlingar' }).waitFor();
    await page.locator(`#${p}-kind`, { hasText: 'Genomförandeplan' }).waitFor();
    assert.equal(await cell(page, `${p}-language`), 'finska');
    assert.equal(await cell(page, `document-${feedbackFi.id}-kind`), 'Respons från platsen för arbetsverksamhet');
    assert.equal(await page.locator('#document-table caption').innerText(), 'Handlingar som utfärdats inom klientrelationen, den nyaste först');
    assert.equal(await page.locator('#document-table thead th').nth(3).innerText(), 'Utfärdad');
    assert.equal(await cell(page, `${p}-size`), kb(planFi.sizeBytes, 'sv'));
    await shotSection(page, 'case-documents-02-list-section-sv');
  });

  // A reload in Swedish reads the same list in Swedish from the start.
  await chooseLanguage(page, /På svenska/, 'sv');
  await page.reload();
  await page.locator('#documents-heading', { hasText: 'Handlingar' }).waitFor();
  await page.locator(`#${p}-kind`, { hasText: 'Genomförandeplan' }).waitFor();
  assert.equal(await rows.count(), 3);
  await chooseLanguage(page, /Suomeksi/, 'fi');

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test("the provider's coach sees the documents meant for every party, not the purchaser's own", async () => {
  const { list } = await giveDocuments();
  const [planSv, planFi, feedbackFi] = list;
  const { page, consoleErrors } = await env.open();
  await signIn(page, world.users.coach.username);
  await page.goto(`/cases/${made.case.id}#documents`);
  await page.locator('#provider-view-notice').waitFor();
  const rows = page.locator('#document-table tbody tr');
  await rows.first().waitFor();
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.id)), [`document-${planSv.id}`, `document-${planFi.id}`]);
  assert.equal(await page.locator(`#document-${feedbackFi.id}`).count(), 0);
  await checkDownload(page, planFi);
  const refused = await page.request.get(`/api/v1/documents/${feedbackFi.id}`);
  assert.equal(refused.status(), 404, "the purchaser's own document is not the coach's to read");
  await shotSection(page, 'case-documents-03-coach-section');
  await accessibleInFiAndSv(page, 'case-documents-03-coach', async () => {
    await page.locator('#documents-heading', { hasText: 'Handlingar' }).waitFor();
  });
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test('the documents read well on a 360 px phone', async () => {
  const { list } = await giveDocuments();
  const { page } = await env.open(PHONE);
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#documents`);
  await page.locator('#document-table tbody tr').first().waitFor();
  await page.locator(`#document-${list[2].id}-sha256 summary`).press('Enter');
  await page.locator(`#document-${list[2].id}-sha256-full`).waitFor({ state: 'visible' });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the documents scroll sideways at 360 px: scrollWidth ${width}: ${await wideElements(page)}`);
  // The table scrolls within its frame, which a keyboard reaches.
  const region = page.locator('#documents [role="region"]');
  const frame = await region.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  assert.ok(frame.scroll > frame.client, `the table is wider than the phone and scrolls in its frame: ${JSON.stringify(frame)}`);
  await region.focus();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'region');
  await shotSection(page, 'case-documents-04-phone-section');
  await assertAccessible(page, 'case-documents-04-phone');
});
