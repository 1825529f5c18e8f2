// Issue 13's scenario in the browser: the provider's coach fills the county's intermediate evaluation over two
// sittings (the first rates the case's goal in the page and types some answers, saved as a draft; the second, a new page load,
// finishes and completes it); the goal's progress lists the rating; the county's manager publishes a new version of
// the form and the completed evaluation still reads as filled on its own version; then, the period having started in
// the past, the coach issues the certificate of participation in the UI (refused without what was learned, the
// server's message at the field in Finnish and in Swedish, nothing typed lost) and its PDF downloads as kept (%PDF,
// X-Content-SHA256 the SHA-256 of the bytes), listed at once in the case's documents. Also the decision's PDF links
// (the UI's language and the other of Finnish and Swedish) on the case's decisions and the decision page.
// Axe-core on every page visited, in Finnish and in Swedish. The data is the test's own (fixtures.mjs), not the demo's.
// Run: node --test --test-concurrency=1 --test-timeout=300000 issue13_scenario.test.mjs   (POLKU_BIN as in run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { artifacts } from './browser.mjs';
import { accessibleInFiAndSv, assertAccessible, chooseLanguage, choose, signIn, useServerAndBrowser } from './helpers.mjs';
import { addDays, addMonths, buildWorld, caseInImplementation, isoWeekday, todayIso } from './fixtures.mjs';

const env = useServerAndBrowser();

const today = todayIso();
const monday = addDays(today, 1 - isoWeekday(today) - 14);

const T = (fi, sv, en) => ({ fi, sv, en });
const SCALE = ['Heikko', 'Välttävä', 'Tyydyttävä', 'Hyvä', 'Erinomainen'];
/** The county's own intermediate evaluation, version 1: a scale and the client's own words are required. */
const DEFINITION = {
  kind: 'intermediate_evaluation',
  title: T('Väliarviointi', 'Mellanbedömning', 'Intermediate evaluation'),
  sections: [
    {
      key: 'experience',
      title: T('Kokemus työtoiminnasta', 'Upplevelsen av arbetsverksamheten', 'Experience of the work activity'),
      fields: [
        {
          key: 'satisfaction', type: 'scale', required: true,
          label: T('Tyytyväisyys työtoimintaan', 'Nöjdhet med arbetsverksamheten', 'Satisfaction with the work activity'),
          options: SCALE.map((fi, i) => ({ key: String(i + 1), label: T(fi, fi, fi) })),
        },
        {
          key: 'own_words', type: 'long_text', required: true,
          label: T('Asiakkaan oma kuvaus', 'Klientens egen beskrivning', "The client's own description"),
        },
        {
          key: 'next_steps', type: 'text', required: false,
          label: T('Seuraavat askeleet', 'Nästa steg', 'Next steps'),
        },
      ],
    },
  ],
};
/** Version 2: a field added (the old evaluation keeps reading on version 1). */
const DEFINITION_2 = {
  ...DEFINITION,
  sections: [
    {
      ...DEFINITION.sections[0],
      fields: [
        ...DEFINITION.sections[0].fields,
        { key: 'support', type: 'long_text', required: false, label: T('Tarvittava tuki', 'Stöd som behövs', 'Support needed') },
      ],
    },
  ],
};

let world;
let made;
let v1;
let goal;
let period;
async function setUp() {
  if (world) return;
  world = await buildWorld(env.server.baseUrl, 'is');
  made = await caseInImplementation(world, { start: monday, firstNames: 'Sanni', lastName: 'Skenaario' });
  const manager = await world.as('manager');
  v1 = await manager.must('POST', `/api/v1/organisations/${world.county.id}/forms`, { definition: DEFINITION });
  const instructor = await world.as('instructor');
  goal = await instructor.must('POST', `/api/v1/cases/${made.case.id}/goals`, {
    goal: 'Säännöllinen päivärytmi', measure: 'Saapuu paikalle sovittuina päivinä',
  });
  // The period began two weeks ago; its first two working days were present.
  period = await instructor.must('POST', `/api/v1/cases/${made.case.id}/periods`, {
    bookingId: made.booking.id, startDate: monday, endDate: addDays(addMonths(monday, 3), -1),
    steps: [{ from: monday, days: [1, 2, 3].map((weekday) => ({ weekday, hours: 4 })) }],
  });
  for (const day of [monday, addDays(monday, 1)]) {
    await instructor.must('PUT', `/api/v1/periods/${period.id}/attendance/${day}`, { status: 'present', minutes: 240 }, 200);
  }
}

const noServerErrors = (errors) => errors.filter((e) => !/status of 4\d\d/.test(e));
const pick = (page, id) => page.locator(`label[for="${id}"]`).click();
const shot = (page, selector, name) => page.locator(selector).screenshot({ path: `${artifacts}/${name}.png` });

/** The bytes behind a link, fetched as the page's user: a PDF. */
async function pdfOf(page, href) {
  const res = await page.request.get(href);
  assert.equal(res.status(), 200, href);
  assert.equal(res.headers()['content-type'], 'application/pdf', href);
  const body = await res.body();
  assert.equal(body.subarray(0, 4).toString('latin1'), '%PDF', href);
  return { res, body };
}

/** The server's message for a certificate without what was learned, in `lang` (as the UI will show it). */
async function learnedRequired(api, lang) {
  const res = await fetch(`${world.baseUrl}/api/v1/periods/${period.id}/certificates`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: api.cookie, 'X-CSRF-Token': api.csrf, 'Accept-Language': lang },
    body: JSON.stringify({ language: 'fi', learned: '  ' }),
  });
  assert.equal(res.status, 422);
  const problem = await res.json();
  assert.deepEqual(problem.errors.map((e) => e.field), ['learned'], JSON.stringify(problem));
  return problem.errors[0].message;
}

test('the coach fills the evaluation over two sittings, the goal shows its rating, a new version leaves it on its own', async () => {
  await setUp();
  const caseId = made.case.id;
  const coach = await world.as('coach');
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.coach.username);

  // First sitting: begun from the forms the purchaser uses, a goal rated, some answers typed and saved as a draft.
  await page.goto(`/cases/${caseId}#case-forms`);
  await page.locator('#provider-view-notice').waitFor();
  await page.locator('#case-forms #no-case-forms').waitFor();
  await choose(page, 'begin-form-kind', 'Väliarviointi');
  await page.locator('#begin-form-submit').click();
  await page.locator('#case-forms-status', { hasText: 'aloitettiin luonnoksena' }).waitFor();
  const [entry] = (await coach.must('GET', `/api/v1/cases/${caseId}/forms`)).items;
  assert.equal(entry.state, 'draft');
  assert.equal(entry.formVersionId, v1.id);
  const idp = `form-entry-${entry.id}`;
  await page.locator(`#${idp}-form`).waitFor();
  assert.match(await page.locator(`#${idp}-version`).innerText(), /versio 1/);
  // The goal is rated above the evaluation's answers while it is a draft: a rating is needed, then it saves on its own.
  const rate = `${idp}-rate-goal-${goal.id}`;
  await page.locator(`#${rate}-save`).click();
  await page.locator(`#${rate}`, { hasText: 'Valitse arvio asteikolta' }).waitFor();
  await pick(page, `${rate}-rating-3`);
  await page.locator(`#${rate}-note`).fill('Aamut sujuvat jo');
  await page.locator(`#${rate}-save`).click();
  await page.locator(`#${rate}-saved`, { hasText: 'Arvio tallennettiin' }).waitFor();
  const rated = (await coach.must('GET', `/api/v1/cases/${caseId}/goals`)).items.find((g) => g.id === goal.id);
  assert.deepEqual(rated.ratings.map((r) => [r.entryId, r.rating, r.note]), [[entry.id, 3, 'Aamut sujuvat jo']]);
  await pick(page, `${idp}-satisfaction-3`);
  await page.locator(`#${idp}-next_steps`).fill('Neljäs päivä viikkoon');
  await page.locator(`#${idp}-save`).click();
  await page.locator(`#${idp}-saved`, { hasText: 'Luonnos tallennettiin' }).waitFor();
  assert.deepEqual((await coach.must('GET', `/api/v1/form-entries/${entry.id}`)).answers, {
    satisfaction: '3', next_steps: 'Neljäs päivä viikkoon',
  });
  await shot(page, '#case-forms', 'issue13-01-first-sitting-section');
  await accessibleInFiAndSv(page, 'issue13-01-first-sitting', async () => {
    await page.locator(`#${idp}-title`, { hasText: 'Mellanbedömning' }).waitFor();
  });

  // Second sitting, a new page load: the draft's answers are there; the rest filled in and the form completed.
  await page.goto('/');
  await page.goto(`/cases/${caseId}#case-forms`);
  await page.locator(`#${idp}-open`).click();
  await page.locator(`#${idp}-view`).waitFor();
  assert.ok(await page.locator(`#${idp}-satisfaction-3`).isChecked());
  assert.equal(await page.locator(`#${idp}-next_steps`).inputValue(), 'Neljäs päivä viikkoon');
  await page.locator(`#${idp}-own_words`).fill('Pajalla on hyvä olla.');
  // The rating changed and not saved on its own: the completion saves it first, nothing chosen is lost.
  assert.ok(await page.locator(`#${rate}-rating-3`).isChecked(), 'the saved rating is back');
  await pick(page, `${rate}-rating-4`);
  await page.locator(`#${idp}-complete`).click();
  await page.locator('#case-forms-status', { hasText: 'Lomake merkittiin valmiiksi' }).waitFor();
  await page.locator(`#${idp}-answers`).waitFor();
  assert.match(await page.locator(`#${idp}-state`).innerText(), /Valmis/);
  // Completed, the evaluation reads its rating and offers no input for it.
  assert.match(await page.locator(`#${rate}-rating`).innerText(), /4\/5 – suurelta osin/);
  assert.equal(await page.locator(`#${rate}-save`).count(), 0);

  // The goal's progress: the chart and its table list the evaluation's rating.
  const ratings = page.locator(`#goal-${goal.id}-ratings tbody tr`);
  await ratings.first().waitFor();
  assert.equal(await ratings.count(), 1);
  assert.match(await ratings.first().innerText(), /4\/5\s+Väliarviointi\s+Aamut sujuvat jo/);
  assert.match(await page.locator(`#goal-${goal.id}-chart`).getAttribute('aria-label'), /arvio 4\/5/);
  await shot(page, '#case-goals', 'issue13-02-goal-progress-section');
  await accessibleInFiAndSv(page, 'issue13-02-completed-and-progress', async () => {
    await page.locator(`#goal-${goal.id}-ratings`, { hasText: 'Mellanbedömning' }).waitFor();
  });

  // The manager publishes version 2 (named on the one her editor began from); a new evaluation begins on it.
  const manager = await world.as('manager');
  const v2 = await manager.must('POST', `/api/v1/organisations/${world.county.id}/forms`, {
    definition: DEFINITION_2, basedOnVersionId: v1.id,
  });
  assert.equal(v2.version, 2);
  const later = await coach.must('POST', `/api/v1/cases/${caseId}/forms`, { kind: 'intermediate_evaluation' });
  assert.equal(later.formVersionId, v2.id);

  // The completed evaluation still reads as filled on version 1: its answers, its version, no field of version 2.
  await page.reload();
  await page.locator(`#${idp}-open`).click();
  await page.locator(`#${idp}-answers`).waitFor();
  assert.match(await page.locator(`#${idp}-version`).innerText(), /versio 1/);
  assert.equal(await page.locator(`#${idp}-satisfaction`).innerText(), '3 – Tyydyttävä');
  assert.equal(await page.locator(`#${idp}-own_words`).innerText(), 'Pajalla on hyvä olla.');
  assert.equal(await page.locator(`#${idp}-next_steps`).innerText(), 'Neljäs päivä viikkoon');
  assert.equal(await page.locator(`#${idp}-support`).count(), 0, "version 2's field is not on version 1");
  const kept = await coach.must('GET', `/api/v1/form-entries/${entry.id}`);
  assert.equal(kept.formVersionId, v1.id);
  assert.equal(kept.state, 'completed');
  await shot(page, '#case-forms', 'issue13-03-old-version-section');
  await accessibleInFiAndSv(page, 'issue13-03-old-version', async () => {
    await page.locator(`#${idp}-state`, { hasText: 'Färdig' }).waitFor();
  });

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test('the coach issues the certificate of participation: refused without what was learned, then downloaded as kept', async () => {
  await setUp();
  const caseId = made.case.id;
  const coach = await world.as('coach');
  const messageFi = await learnedRequired(coach, 'fi');
  const messageSv = await learnedRequired(coach, 'sv');
  assert.notEqual(messageFi, messageSv, 'the server localises its message');
  const { page, foreign, consoleErrors } = await env.open();
  await signIn(page, world.users.coach.username);
  await page.goto(`/cases/${caseId}#attendance`);
  await page.locator('#provider-view-notice').waitFor();
  const cdp = `certificate-${period.id}`;
  await page.locator(`#${cdp}-open`).click();
  await page.locator(`#${cdp}-form`).waitFor();
  assert.equal(await page.locator(`#${cdp}-heading`).innerText(), 'Todistus osallistumisesta');
  // The client's language (Finnish here) is chosen; the language is the user's choice.
  assert.ok(await page.locator(`#${cdp}-language-fi`).isChecked());

  // Nothing learned written: the server's message at the field (and in the summary), in Finnish.
  await page.locator(`#${cdp}-submit`).click();
  await page.locator(`[id="${cdp}-learned-statusText"]`, { hasText: messageFi }).waitFor();
  assert.match(await page.locator(`#${cdp}-errors`).innerText(), /Mitä jakson aikana opittiin/);
  await pick(page, `${cdp}-language-sv`);
  await shot(page, `#period-${period.id}`, 'issue13-04-certificate-refused-section');
  await accessibleInFiAndSv(page, 'issue13-04-certificate-refused', async () => {
    await page.locator(`#${cdp}-heading`, { hasText: 'Intyg över deltagande' }).waitFor();
    // Sent again in Swedish: the server's Swedish message, the chosen language kept.
    await page.locator(`#${cdp}-submit`).click();
    await page.locator(`[id="${cdp}-learned-statusText"]`, { hasText: messageSv }).waitFor();
    assert.ok(await page.locator(`#${cdp}-language-sv`).isChecked(), 'nothing chosen is lost');
  });
  assert.equal(await coach.must('GET', `/api/v1/cases/${caseId}/documents`).then((d) => d.items.length), 0);

  // Written and issued: the success names the file, which downloads as kept; the documents list it at once.
  const learned = 'Puutöiden perustaidot ja työturvallisuus; säännöllinen päivärytmi.';
  await page.locator(`#${cdp}-learned`).fill(learned);
  await page.locator(`#${cdp}-submit`).click();
  const file = page.locator(`#${cdp}-file`);
  await file.waitFor();
  const [doc] = (await coach.must('GET', `/api/v1/cases/${caseId}/documents`)).items;
  assert.equal(doc.kind, 'certificate');
  assert.equal(doc.sourceId, period.id);
  assert.equal(doc.language, 'sv');
  assert.equal(await file.innerText(), doc.fileName);
  const href = await file.getAttribute('href');
  assert.equal(href, `/api/v1/documents/${doc.id}`);
  const { res, body } = await pdfOf(page, href);
  const sum = createHash('sha256').update(body).digest('hex');
  assert.equal(res.headers()['x-content-sha256'], sum, 'the bytes are those kept');
  assert.equal(sum, doc.sha256);
  await page.locator(`#document-${doc.id}`).waitFor();
  assert.equal(await page.locator(`#document-${doc.id}-file`).innerText(), doc.fileName);
  await shot(page, `#period-${period.id}`, 'issue13-05-certificate-issued-section');
  await accessibleInFiAndSv(page, 'issue13-05-certificate-issued', async () => {
    await page.locator(`#${cdp}-issued`, { hasText: 'Intyget har getts' }).waitFor();
    await page.locator('#documents-heading', { hasText: 'Handlingar' }).waitFor();
  });

  assert.deepEqual(foreign, [], 'the UI must load nothing from other origins');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});

test("the instructor prints the case's decision as a PDF in Finnish and in Swedish", async () => {
  await setUp();
  const [decision] = made.case.decisions;
  const { page, consoleErrors } = await env.open();
  await signIn(page, world.users.instructor.username);
  await page.goto(`/cases/${made.case.id}#decisions`);
  const inList = page.locator(`#decision-${decision.id}-pdf`);
  await inList.waitFor();
  assert.equal(await inList.getAttribute('href'), `/api/v1/decisions/${decision.id}/pdf?lang=fi`);
  assert.equal(await inList.getAttribute('target'), '_blank');
  await pdfOf(page, await inList.getAttribute('href'));
  // The purchaser's instructor, who plans the period too, has the certificate's action on the started period.
  await page.locator(`#certificate-${period.id}-open`).waitFor();
  await accessibleInFiAndSv(page, 'issue13-06-case-decisions', async () => {
    await page.locator(`#decision-${decision.id}-pdf[href$="lang=sv"]`).waitFor();
  });

  await page.goto(`/decisions/${decision.id}`);
  const own = page.locator('#decision-pdf-fi');
  await own.waitFor();
  assert.match(await own.innerText(), /Tulosta päätös \(PDF\)/);
  assert.equal(await own.getAttribute('href'), `/api/v1/decisions/${decision.id}/pdf?lang=fi`);
  const other = page.locator('#decision-pdf-sv');
  assert.match(await other.innerText(), /Ruotsiksi \/ På svenska/);
  assert.equal(await other.getAttribute('href'), `/api/v1/decisions/${decision.id}/pdf?lang=sv`);
  assert.equal(await page.locator('#decision-pdf-en').count(), 0);
  const fiPdf = await pdfOf(page, await own.getAttribute('href'));
  const svPdf = await pdfOf(page, await other.getAttribute('href'));
  assert.notEqual(createHash('sha256').update(fiPdf.body).digest('hex'), createHash('sha256').update(svPdf.body).digest('hex'));
  // A signed decision is kept on the case's documents as first printed.
  const docs = (await (await world.as('instructor')).must('GET', `/api/v1/cases/${made.case.id}/documents`)).items;
  assert.deepEqual(docs.filter((d) => d.kind === 'decision').map((d) => d.language).sort(), ['fi', 'sv']);
  await shot(page, '#decision-pdf', 'issue13-07-decision-pdf-links');
  await assertAccessible(page, 'issue13-07-decision-fi');
  await chooseLanguage(page, /På svenska/, 'sv');
  await page.locator('#decision-pdf-sv', { hasText: 'Skriv ut beslutet (PDF)' }).waitFor();
  assert.match(await page.locator('#decision-pdf-fi').innerText(), /På finska \/ Suomeksi/);
  await assertAccessible(page, 'issue13-07-decision-sv');
  await chooseLanguage(page, /Suomeksi/, 'fi');
  assert.deepEqual(noServerErrors(consoleErrors), [], 'no console errors');
});
