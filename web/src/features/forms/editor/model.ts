// The version editor's state: a form definition as it is being typed (numbers as text, every text in three
// languages, options kept while a field's type is changed back and forth), a stable uid on each part for the
// page's keys and focus, and the definition sent to the server from it.
import { numberOf } from '../answers';
import type { FormDefinition, FormField, FormTexts } from '../api';

export type FieldType = FormField['type'];
export const FIELD_TYPES: readonly FieldType[] = [
  'text', 'long_text', 'single_choice', 'multiple_choice', 'scale', 'yes_no', 'date', 'number', 'group',
];
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
/** The server's kMaxSteps (forms_rules.hpp). */
export const MAX_STEPS = 11;

export interface EOption {
  uid: string;
  key: string;
  label: FormTexts;
}
export interface EField {
  uid: string;
  key: string;
  type: FieldType;
  required: boolean;
  clientFacing: boolean;
  label: FormTexts;
  help: FormTexts;
  plain: FormTexts;
  options: EOption[];
  min: string;
  max: string;
  fields: EField[];
}
export interface ESection {
  uid: string;
  key: string;
  title: FormTexts;
  fields: EField[];
}
export interface EDefinition {
  kind: string;
  title: FormTexts;
  nationalOid?: string;
  nationalVersion?: string;
  sections: ESection[];
}

export const emptyTexts = (): FormTexts => ({ fi: '', sv: '', en: '' });
const isEmpty = (t: FormTexts) => !t.fi && !t.sv && !t.en;
const hasOptions = (t: FieldType) => t === 'single_choice' || t === 'multiple_choice' || t === 'scale';

let seq = 0;
/** A uid for a part added in the editor (those of the version it starts from are by position, so that a draft equal to the version is no draft). */
export const freshUid = (prefix: string) => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}`;

const numText = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));

function toField(f: FormField, uid: string): EField {
  return {
    uid,
    key: f.key,
    type: f.type,
    required: f.required,
    clientFacing: f.clientFacing,
    label: { ...f.label },
    help: f.help ? { ...f.help } : emptyTexts(),
    plain: f.plain ? { ...f.plain } : emptyTexts(),
    options: (f.options ?? []).map((o, i) => ({ uid: `${uid}o${i}`, key: o.key, label: { ...o.label } })),
    min: numText(f.min),
    max: numText(f.max),
    fields: (f.fields ?? []).map((c, i) => toField(c, `${uid}c${i}`)),
  };
}

/** The editor's state of a published definition. */
export function toEditor(d: FormDefinition): EDefinition {
  return {
    kind: d.kind,
    title: { ...d.title },
    nationalOid: d.nationalOid,
    nationalVersion: d.nationalVersion,
    sections: d.sections.map((s, i) => ({
      uid: `s${i}`,
      key: s.key,
      title: { ...s.title },
      fields: s.fields.map((f, k) => toField(f, `s${i}f${k}`)),
    })),
  };
}

/** A number as typed ("2,5"); text that is no number goes as it is, for the server to name. */
function numberOrText(s: string): number | undefined {
  const t = s.trim();
  if (!t) return undefined;
  return numberOf(t) ?? (t as unknown as number);
}

function fromField(f: EField): FormField {
  const out: FormField = { key: f.key.trim(), type: f.type, required: f.required, clientFacing: f.clientFacing, label: f.label };
  if (!isEmpty(f.help)) out.help = f.help;
  if (f.clientFacing || !isEmpty(f.plain)) out.plain = f.plain;
  if (hasOptions(f.type)) {
    // A scale's steps are its numbers in order (the server's rule): the keys follow the order shown.
    out.options = f.options.map((o, i) => ({ key: f.type === 'scale' ? String(i + 1) : o.key.trim(), label: o.label }));
  }
  if (f.type === 'number') {
    const min = numberOrText(f.min);
    const max = numberOrText(f.max);
    if (min !== undefined) out.min = min;
    if (max !== undefined) out.max = max;
  }
  if (f.type === 'group') out.fields = f.fields.map(fromField);
  return out;
}

/** The definition to publish: only what the field's type has (options of a choice, a number's range, a group's fields). */
export function toDefinition(e: EDefinition): FormDefinition {
  const d: FormDefinition = {
    kind: e.kind,
    title: e.title,
    sections: e.sections.map((s) => ({ key: s.key.trim(), title: s.title, fields: s.fields.map(fromField) })),
  };
  if (e.nationalOid) {
    d.nationalOid = e.nationalOid;
    d.nationalVersion = e.nationalVersion ?? '';
  }
  return d;
}

/** Every field key in use (the keys are unique in the whole form, groups' fields included). */
export function keysOf(e: EDefinition): Set<string> {
  const out = new Set<string>();
  const add = (f: EField) => {
    out.add(f.key);
    f.fields.forEach(add);
  };
  e.sections.forEach((s) => s.fields.forEach(add));
  return out;
}

export const freeKey = (used: Set<string>, stem: string) => {
  let n = 1;
  while (used.has(`${stem}_${n}`)) n++;
  return `${stem}_${n}`;
};

export function newField(key: string): EField {
  return {
    uid: freshUid('f'),
    key,
    type: 'text',
    required: false,
    clientFacing: false,
    label: emptyTexts(),
    help: emptyTexts(),
    plain: emptyTexts(),
    options: [],
    min: '',
    max: '',
    fields: [],
  };
}

export const newOption = (key: string): EOption => ({ uid: freshUid('o'), key, label: emptyTexts() });

/** A field given another type: a choice or scale gets options to fill when it has too few, a group a first field. */
export function withType(f: EField, type: FieldType, used: Set<string>): EField {
  const next = { ...f, type };
  if (hasOptions(type) && next.options.length < 2) {
    const steps = type === 'scale' ? 5 : 2;
    const options = [...next.options];
    while (options.length < steps) options.push(newOption(`choice_${options.length + 1}`));
    next.options = options;
  }
  if (type === 'group' && next.fields.length === 0) next.fields = [newField(freeKey(used, 'field'))];
  return next;
}

// Lists: the editor moves, removes and replaces parts by their place.
export function move<T>(list: readonly T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}
export const removeAt = <T,>(list: readonly T[], i: number): T[] => list.filter((_, k) => k !== i);
export const replaceAt = <T,>(list: readonly T[], i: number, u: (x: T) => T): T[] => list.map((x, k) => (k === i ? u(x) : x));

/**
 * The definition for the preview: what is typed, with a key for any part whose key is empty or twice, so that the
 * renderer can draw a form that is not yet valid.
 */
export function previewDefinition(e: EDefinition): FormDefinition {
  const d = toDefinition(e);
  const seen = new Set<string>();
  const unique = (k: string, i: string) => {
    const key = k && !seen.has(k) ? k : `x${i}`;
    seen.add(key);
    return key;
  };
  const fix = (f: FormField, at: string): FormField => {
    const optionKeys = new Set<string>();
    return {
      ...f,
      key: unique(f.key, at),
      min: typeof f.min === 'number' ? f.min : undefined,
      max: typeof f.max === 'number' ? f.max : undefined,
      options: f.options?.map((o, i) => {
        const key = o.key && !optionKeys.has(o.key) ? o.key : `x${i}`;
        optionKeys.add(key);
        return { ...o, key };
      }),
      fields: f.fields?.map((c, i) => fix(c, `${at}_${i}`)),
    };
  };
  const sectionKeys = new Set<string>();
  return {
    ...d,
    sections: d.sections.map((s, i) => {
      const key = s.key && !sectionKeys.has(s.key) ? s.key : `x${i}`;
      sectionKeys.add(key);
      return { ...s, key, fields: s.fields.map((f, k) => fix(f, `${i}_${k}`)) };
    }),
  };
}

/** The plain-language view of a definition: a client-facing field's label is its text in plain language. */
export function plainDefinition(d: FormDefinition): FormDefinition {
  const either = (p: FormTexts, l: FormTexts): FormTexts => ({ fi: p.fi || l.fi, sv: p.sv || l.sv, en: p.en || l.en });
  const plain = (f: FormField): FormField =>
    f.clientFacing && f.plain
      ? { ...f, label: either(f.plain, f.label), help: undefined, plain: undefined, clientFacing: false, fields: f.fields?.map(plain) }
      : { ...f, fields: f.fields?.map(plain) };
  return { ...d, sections: d.sections.map((s) => ({ ...s, fields: s.fields.map(plain) })) };
}
