// The one renderer of a form definition: a fieldset per section, the suomifi input that fits each field type, a
// repeating group as a list of entries, the server's message for an answer path at its field.
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  HintText,
  RadioButton,
  RadioButtonGroup,
  StatusText,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { IconPlus, IconRemove } from 'suomifi-icons';
import { DateField } from '../../shared/DateField';
import { toggle } from '../../shared/forms';
import { summaryItems } from '../../shared/versionedForm';
import type { FormDefinition, FormField } from './api';
import { emptyEntry, inputIdOf, pathId, spotOf, textIn, type Value, type Values } from './answers';

type Update = (old: Value) => Value;

/** What every field needs: the ids' prefix, the UI's language and the server's messages by answer path. */
interface Context {
  idp: string;
  lang: string;
  t: TFunction<'forms'>;
  fieldErrors: Record<string, string>;
  disabled: boolean;
  /** Moves the focus to an element once it has been rendered (a new entry's first field, "add" after a removal). */
  focusLater: (id: string) => void;
}

export interface FormRendererProps {
  definition: FormDefinition;
  values: Values;
  onChange: (update: (old: Values) => Values) => void;
  /** The ids' prefix: a field's id is the prefix and its answer path (answers.ts pathId). */
  idp: string;
  fieldErrors: Record<string, string>;
  disabled?: boolean;
}

export function FormRenderer({ definition, values, onChange, idp, fieldErrors, disabled = false }: FormRendererProps) {
  const { t, i18n } = useTranslation('forms');
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const ctx: Context = { idp, lang: i18n.language, t, fieldErrors, disabled, focusLater: setFocus };
  return (
    <>
      {definition.sections.map((s) => (
        <fieldset key={s.key} className="fo-section" id={`${idp}-section-${s.key}`}>
          <legend className="fo-section-title">{textIn(s.title, ctx.lang)}</legend>
          <div className="fo-fields">
            {s.fields.map((f) => (
              <FieldInput
                key={f.key}
                f={f}
                path={f.key}
                value={values[f.key]}
                set={(u) => onChange((old) => ({ ...old, [f.key]: u(old[f.key]) }))}
                ctx={ctx}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

/** The hint of a field: its help, and for a field the client reads, the text in plain language (selkokieli). */
function hintOf(f: FormField, ctx: Context, extra?: string): string | undefined {
  const plain = f.clientFacing && f.plain ? ctx.t('field.plain', { text: textIn(f.plain, ctx.lang) }) : '';
  const parts = [textIn(f.help, ctx.lang), plain, extra ?? ''].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

function rangeOf(f: FormField, t: TFunction<'forms'>): string {
  const num = (n: number) => String(n).replace('.', ',');
  if (f.min !== undefined && f.max !== undefined) return t('field.range', { min: num(f.min), max: num(f.max) });
  if (f.min !== undefined) return t('field.min', { min: num(f.min) });
  if (f.max !== undefined) return t('field.max', { max: num(f.max) });
  return '';
}

interface FieldProps {
  f: FormField;
  path: string;
  value: Value | undefined;
  set: (u: Update) => void;
  ctx: Context;
}

function FieldInput({ f, path, value, set, ctx }: FieldProps) {
  const { t, lang, disabled } = ctx;
  const id = pathId(ctx.idp, path);
  const label = textIn(f.label, lang);
  const optionalText = f.required ? undefined : t('translation:common.optional');
  const error = ctx.fieldErrors[path];
  const status = error ? ({ status: 'error', statusText: error } as const) : ({ status: 'default' } as const);
  const groupStatus = error
    ? ({ groupStatus: 'error', groupStatusText: error } as const)
    : ({ groupStatus: 'default' } as const);
  const text = typeof value === 'string' ? value : '';
  const put = (v: Value) => set(() => v);
  switch (f.type) {
    case 'long_text':
      return (
        <Textarea
          id={id}
          labelText={label}
          optionalText={optionalText}
          hintText={hintOf(f, ctx)}
          value={text}
          onChange={(e) => put(e.target.value)}
          disabled={disabled}
          fullWidth
          {...status}
        />
      );
    case 'text':
    case 'number':
      return (
        <TextInput
          id={id}
          labelText={label}
          optionalText={optionalText}
          hintText={hintOf(f, ctx, f.type === 'number' ? rangeOf(f, t) : undefined)}
          inputMode={f.type === 'number' ? 'decimal' : undefined}
          className={f.type === 'number' ? 'fo-number' : undefined}
          value={text}
          onChange={(v) => put(String(v ?? ''))}
          disabled={disabled}
          fullWidth={f.type === 'text'}
          {...status}
        />
      );
    case 'date':
      return (
        <DateField
          id={id}
          labelText={label}
          optionalText={optionalText}
          hintText={hintOf(f, ctx, t('translation:common.dateHint'))}
          value={text}
          onChange={({ value: v }) => put(v)}
          disabled={disabled}
          {...status}
        />
      );
    case 'single_choice':
    case 'scale':
    case 'yes_no': {
      const options =
        f.type === 'yes_no'
          ? [
              { key: 'yes', text: t('field.yes') },
              { key: 'no', text: t('field.no') },
            ]
          : (f.options ?? []).map((o) => ({
              key: o.key,
              text: f.type === 'scale' ? t('field.step', { n: o.key, label: textIn(o.label, lang) }) : textIn(o.label, lang),
            }));
      return (
        <RadioButtonGroup
          id={id}
          name={id}
          labelText={label}
          optionalText={optionalText}
          groupHintText={hintOf(f, ctx)}
          value={text}
          onChange={(v) => put(v)}
          className={f.type === 'scale' ? 'fo-scale' : undefined}
          {...groupStatus}
        >
          {options.map((o) => (
            <RadioButton key={o.key} value={o.key} id={`${id}-${o.key}`} disabled={disabled}>
              {o.text}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      );
    }
    case 'multiple_choice': {
      const keys = (f.options ?? []).map((o) => o.key);
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <CheckboxGroup id={id} labelText={label} optionalText={optionalText} groupHintText={hintOf(f, ctx)} {...groupStatus}>
          {(f.options ?? []).map((o) => (
            <Checkbox
              key={o.key}
              id={`${id}-${o.key}`}
              checked={chosen.includes(o.key)}
              disabled={disabled}
              onClick={({ checkboxState }) =>
                set((old) => toggle(Array.isArray(old) ? (old as string[]) : [], o.key, checkboxState, keys))
              }
            >
              {textIn(o.label, lang)}
            </Checkbox>
          ))}
        </CheckboxGroup>
      );
    }
    case 'group':
      return <GroupField f={f} path={path} value={value} set={set} ctx={ctx} />;
  }
  return null;
}

/** A repeating group: its entries, each a fieldset of the group's fields with "remove", and "add" below them. */
function GroupField({ f, path, value, set, ctx }: FieldProps) {
  const { t, lang, disabled } = ctx;
  const id = pathId(ctx.idp, path);
  const label = textIn(f.label, lang);
  const entries = Array.isArray(value) ? (value as Values[]) : [];
  const hint = hintOf(f, ctx);
  const error = ctx.fieldErrors[path];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-statusText` : ''].filter(Boolean).join(' ');
  const children = f.fields ?? [];
  const setEntries = (u: (old: Values[]) => Values[]) => set((old) => u(Array.isArray(old) ? (old as Values[]) : []));
  return (
    <fieldset className="fo-group" id={id} aria-describedby={describedBy || undefined}>
      <legend className="fo-legend">
        {label}
        {f.required ? null : <span className="fo-optional"> ({t('translation:common.optional')})</span>}
      </legend>
      {hint ? (
        <HintText id={`${id}-hint`} className="fo-hint">
          {hint}
        </HintText>
      ) : null}
      {entries.length ? (
        <ol className="pl-plain-list fo-entries">
          {entries.map((e, i) => {
            const entryPath = `${path}[${i}]`;
            const entryId = pathId(ctx.idp, entryPath);
            const entryLabel = t('group.entry', { label, n: i + 1 });
            const entryError = ctx.fieldErrors[entryPath];
            return (
              <li key={i}>
                <fieldset className="fo-entry" id={entryId} aria-describedby={entryError ? `${entryId}-statusText` : undefined}>
                  <legend className="fo-legend">{entryLabel}</legend>
                  {entryError ? (
                    <StatusText id={`${entryId}-statusText`} status="error">
                      {entryError}
                    </StatusText>
                  ) : null}
                  <div className="fo-fields">
                    {children.map((c) => (
                      <FieldInput
                        key={c.key}
                        f={c}
                        path={`${entryPath}.${c.key}`}
                        value={e[c.key]}
                        set={(u) => setEntries((old) => old.map((x, j) => (j === i ? { ...x, [c.key]: u(x[c.key]) } : x)))}
                        ctx={ctx}
                      />
                    ))}
                  </div>
                  <div className="form-actions">
                    <Button
                      variant="secondaryNoBorder"
                      icon={<IconRemove />}
                      id={`${entryId}-remove`}
                      disabled={disabled}
                      onClick={() => {
                        setEntries((old) => old.filter((_, j) => j !== i));
                        ctx.focusLater(`${id}-add`);
                      }}
                    >
                      {t('group.remove', { entry: entryLabel })}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted fo-none" id={`${id}-none`}>
          {t('group.none')}
        </p>
      )}
      {error ? (
        <StatusText id={`${id}-statusText`} status="error" className="fo-group-status">
          {error}
        </StatusText>
      ) : null}
      <Button
        variant="secondary"
        icon={<IconPlus />}
        id={`${id}-add`}
        disabled={disabled}
        onClick={() => {
          const n = entries.length;
          setEntries((old) => [...old, emptyEntry(f)]);
          if (children[0]) ctx.focusLater(inputIdOf(children[0], pathId(ctx.idp, `${path}[${n}].${children[0].key}`)));
        }}
      >
        {t('group.add', { label })}
      </Button>
    </fieldset>
  );
}

/**
 * The error summary's items of a form: "Label: message" linking to the field of the answer path ("Goals, row 1:
 * Goal: …" in a repeating group); a message for no field of the form links to `otherId` (e.g. the save button).
 */
export function formSummary(
  definition: FormDefinition,
  fieldErrors: Record<string, string>,
  idp: string,
  otherId: string,
  t: TFunction<'forms'>,
  lang: string,
) {
  const describe = (path: string): { label: string | null; inputId: string } => {
    const spot = spotOf(definition, path);
    if (!spot) return { label: null, inputId: otherId };
    const id = pathId(idp, path);
    if (!('group' in spot)) return { label: textIn(spot.field.label, lang), inputId: inputIdOf(spot.field, id) };
    const entry = t('group.entry', { label: textIn(spot.group.label, lang), n: spot.n });
    if (!('field' in spot)) {
      const first = spot.group.fields?.[0];
      return { label: entry, inputId: first ? inputIdOf(first, pathId(idp, `${path}.${first.key}`)) : id };
    }
    return { label: `${entry}: ${textIn(spot.field.label, lang)}`, inputId: inputIdOf(spot.field, id) };
  };
  return summaryItems(
    fieldErrors,
    (p) => describe(p).label,
    (p) => describe(p).inputId,
  );
}
