// A form's answers as the renderer holds them (text as typed, d.M.yyyy dates, "2,5" numbers) and as the server takes
// them, and where an answer's path ("goals[0].goal", as the server names it in its errors) is on the page.
import { dateForServer, formatDate, parseDate } from '../../shared/format';
import type { Answers, FormDefinition, FormField, FormTexts } from './api';

/** One field's value as typed: text (also a choice's key, "yes"/"no", a date, a number), choices, a group's entries. */
export type Value = string | string[] | Values[];
export interface Values {
  [key: string]: Value;
}

/** A text in the UI's language, else in Finnish. */
export const textIn = (texts: FormTexts | undefined, lang: string): string =>
  texts ? texts[(lang in texts ? lang : 'fi') as keyof FormTexts] || texts.fi : '';

export const fieldsOf = (d: FormDefinition): FormField[] => d.sections.flatMap((s) => s.fields);

const isObject = (x: unknown): x is Answers => typeof x === 'object' && x !== null && !Array.isArray(x);

function valueOf(f: FormField, a: unknown): Value {
  switch (f.type) {
    case 'multiple_choice':
      return Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [];
    case 'group':
      return Array.isArray(a) ? a.map((x) => toValues(f.fields ?? [], isObject(x) ? x : {})) : [];
    case 'yes_no':
      return a === true ? 'yes' : a === false ? 'no' : '';
    case 'date':
      return typeof a === 'string' ? formatDate(a) : '';
    case 'number':
      return typeof a === 'number' ? String(a).replace('.', ',') : '';
    default:
      return typeof a === 'string' ? a : '';
  }
}

/** The values the form shows for the saved answers (a field without an answer is empty). */
export function toValues(fields: readonly FormField[], answers: Answers): Values {
  const out: Values = {};
  for (const f of fields) out[f.key] = valueOf(f, answers[f.key]);
  return out;
}

/** A repeating group's new entry: each of its fields empty. */
export const emptyEntry = (group: FormField): Values => toValues(group.fields ?? [], {});

/** "2,5" or "2.5" → 2.5; null when the text is no number. */
export function numberOf(text: string): number | null {
  return /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : null;
}

function answerOf(f: FormField, v: Value | undefined): unknown {
  if (v === undefined) return undefined;
  switch (f.type) {
    case 'multiple_choice':
      return (v as string[]).length ? v : undefined;
    case 'group':
      return (v as Values[]).length ? (v as Values[]).map((e) => toAnswers(f.fields ?? [], e)) : undefined;
    case 'yes_no':
      return v === 'yes' ? true : v === 'no' ? false : undefined;
    case 'date':
      return (v as string).trim() ? dateForServer(v as string) : undefined;
    case 'number': {
      // Text that is no number goes as it is: the server names it (and check() here does first).
      const s = (v as string).trim();
      return s ? (numberOf(s) ?? s) : undefined;
    }
    default:
      return (v as string).trim() ? (v as string).trim() : undefined;
  }
}

/** The answers for the server: ISO dates, numbers, booleans; a field left empty is left out (not answered). */
export function toAnswers(fields: readonly FormField[], values: Values): Answers {
  const out: Answers = {};
  for (const f of fields) {
    const a = answerOf(f, values[f.key]);
    if (a !== undefined) out[f.key] = a;
  }
  return out;
}

/** Errors found before sending, by answer path: dates that are no dates, numbers that are no numbers. */
export function localErrors(
  fields: readonly FormField[],
  values: Values,
  messages: { date: string; number: string },
  prefix = '',
): Record<string, string> {
  let out: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.key];
    const at = prefix + f.key;
    if (f.type === 'date' && typeof v === 'string' && v.trim() && !parseDate(v)) out[at] = messages.date;
    if (f.type === 'number' && typeof v === 'string' && v.trim() && numberOf(v) === null) out[at] = messages.number;
    if (f.type === 'group' && Array.isArray(v)) {
      (v as Values[]).forEach((e, i) => {
        out = { ...out, ...localErrors(f.fields ?? [], e, messages, `${at}[${i}].`) };
      });
    }
  }
  return out;
}

/** The stable id of an answer's path: "goals[0].goal" → "<idp>-goals-0-goal" (keys are a–z, 0–9 and _). */
export const pathId = (idp: string, path: string): string =>
  `${idp}-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;

/** The input a field's error links to: the input itself, a group's first choice, a repeating group's "add". */
export function inputIdOf(f: FormField, id: string): string {
  switch (f.type) {
    case 'single_choice':
    case 'scale':
    case 'multiple_choice':
      return `${id}-${f.options?.[0]?.key ?? ''}`;
    case 'yes_no':
      return `${id}-yes`;
    case 'group':
      return `${id}-add`;
    default:
      return id;
  }
}

/** What an answer path names: a field, a repeating group's entry (n from 1) or a field in one; null for none. */
export type Spot =
  | { field: FormField }
  | { group: FormField; n: number }
  | { group: FormField; n: number; field: FormField };

const PATH = /^([a-z][a-z0-9_]*)(?:\[(\d+)\](?:\.([a-z][a-z0-9_]*))?)?$/;

export function spotOf(d: FormDefinition, path: string): Spot | null {
  const m = PATH.exec(path);
  if (!m) return null;
  const top = fieldsOf(d).find((f) => f.key === m[1]);
  if (!top) return null;
  if (m[2] === undefined) return { field: top };
  if (top.type !== 'group') return null;
  const n = Number(m[2]) + 1;
  if (m[3] === undefined) return { group: top, n };
  const child = top.fields?.find((f) => f.key === m[3]);
  return child ? { group: top, n, field: child } : null;
}
