// Where a path of the definition ("sections[0].fields[2].label.sv", as the server's validate_definition names it)
// is in the editor: the input's id, what the error summary calls it, and whether a part holds an error.
import type { TFunction } from 'i18next';

/** The id of the editor's input for a path: "sections[0].fields[2].label.sv" → "fe-sections-0-fields-2-label-sv". */
export const editorId = (path: string): string => `fe-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;

/** The server's path without its "definition." (the body's member). */
export const ownPath = (serverPath: string): string => serverPath.replace(/^definition\.?/, '');

/** The errors by the editor's paths. */
export function ownErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrors)) out[ownPath(k)] = v;
  return out;
}

/** Whether an error is at the part's path or inside it. */
export const hasErrorIn = (errors: Record<string, string>, path: string): boolean =>
  Object.keys(errors).some((k) => k === path || k.startsWith(`${path}.`) || k.startsWith(`${path}[`));

/** The button that detaches a version from its national structure (an error of the structure leads to it). */
export const NATIONAL_DETACH_ID = 'fe-national-detach';

/** The element an error's link in the summary moves the focus to. */
export function focusIdOf(path: string, otherId: string): string {
  const id = editorId(path);
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (!path || path === 'kind' || path === 'nationalVersion') return otherId;
  if (path === 'nationalOid' || path.startsWith('nationalStructure.')) return NATIONAL_DETACH_ID;
  if (path === 'sections' || last === 'options' || last === 'fields') return `${id}-add`;
  if (last === 'type') return `${id}_button`;
  if (last === 'label' || last === 'help' || last === 'plain' || last === 'title') return `${id}-fi`;
  return id;
}

/** "Osio 2, kenttä 3, vaihtoehto 1: Nimi ruotsiksi": the path in words for the error summary. */
export function describePath(path: string, t: TFunction<'forms'>): string {
  if (path.startsWith('nationalStructure.')) return t('editor.path.nationalField', { key: path.slice('nationalStructure.'.length) });
  if (path === 'nationalOid') return t('editor.national.heading');
  const parts: string[] = [];
  let depth = 0;
  let what = '';
  for (const seg of path.split('.')) {
    const m = /^([a-zA-Z]+)(?:\[(\d+)\])?$/.exec(seg);
    if (!m) continue;
    const [, name, index] = m;
    const n = index === undefined ? undefined : Number(index) + 1;
    if (name === 'sections' && n) parts.push(t('editor.path.section', { n }));
    else if (name === 'fields' && n) parts.push(t(depth++ ? 'editor.path.groupField' : 'editor.path.field', { n }));
    else if (name === 'options' && n) parts.push(t('editor.path.option', { n }));
    else if (name === 'fi' || name === 'sv' || name === 'en') what = t('editor.inLanguage', { what, lang: t(`editor.language.${name}`) });
    else what = t(`editor.part.${name}`, { defaultValue: name });
  }
  return [parts.join(', '), what].filter(Boolean).join(': ');
}
