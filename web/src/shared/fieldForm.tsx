import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, TextInput, Textarea } from 'suomifi-ui-components';
import { ApiError, isStaleVersion } from './api/client';
import { ErrorNotice } from './common';
import { useServerErrors } from './forms';
import { ConflictNotice } from './ConflictNotice';
import { DateField } from './DateField';
import { DraftNotice, sameValue, useDraft } from './drafts';
import { formatDate, parseDate } from './format';
import { useLeaveGuard } from './leaveGuard';
import { FieldErrorSummary } from './versionedForm';

/** One field of a declarative record form (stage records, decisions, notices). */
export interface FieldSpec {
  name: string;
  kind: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox';
  /** i18n key of the label. */
  label: string;
  hint?: string;
  options?: readonly string[];
  /** i18n key prefix for the option labels (`${optionPrefix}.${value}`). */
  optionPrefix?: string;
  /** The option labels when they are data, not texts of the UI (e.g. the service types' names). */
  optionText?: (value: string) => string;
  required?: boolean;
  /** Neither "optional" nor checked here: needed later (e.g. by a stage guard), not for saving. */
  noOptionalText?: boolean;
  /** Show the field only when this returns true for the current values. */
  when?: (v: FormValues) => boolean;
}

export type FormValues = Record<string, string | boolean>;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Form values from a record as the API returned it (dates shown as d.M.yyyy). */
export function toFormValues(fields: readonly FieldSpec[], record: Record<string, unknown> | null | undefined): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    const v = record?.[f.name];
    if (f.kind === 'checkbox') out[f.name] = v === true;
    else if (f.kind === 'date') out[f.name] = typeof v === 'string' && ISO.test(v) ? formatDate(v) : '';
    else out[f.name] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

/** The JSON body from form values; empty optional values become null. */
export function toBody(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.when && !f.when(values)) continue;
    const v = values[f.name];
    if (f.kind === 'checkbox') out[f.name] = v === true;
    else if (f.kind === 'number') out[f.name] = String(v).trim() === '' ? null : Number(String(v).replace(',', '.'));
    else if (f.kind === 'date') {
      const text = String(v).trim();
      out[f.name] = text === '' ? null : parseDate(text) ?? text;
    } else if (f.kind === 'select') out[f.name] = v === '' ? null : v;
    else out[f.name] = String(v).trim();
  }
  return out;
}

/** The field name of a server error: "referral.source" and "source" both mean `source`. */
function fieldKey(field: string): string {
  const i = field.lastIndexOf('.');
  return i >= 0 ? field.slice(i + 1) : field;
}

export const inputIdOf = (prefix: string, f: FieldSpec) =>
  f.kind === 'select' ? `${prefix}-${f.name}_button` : `${prefix}-${f.name}`;

/**
 * A form built from field specs. It keeps what the user typed when the server refuses
 * it (422 → messages next to the fields and in a summary; 409 stale_version → a conflict notice;
 * another 409 → the server's message).
 */
export function FieldForm({
  idPrefix,
  fields,
  initial,
  onSubmit,
  submitLabel,
  heading,
  intro,
  disabled,
  onReload,
  extraActions,
  summaryLevel = 'h4',
  draft,
  check,
}: {
  idPrefix: string;
  fields: readonly FieldSpec[];
  initial: FormValues;
  /** Sends the body; throws ApiError when refused. */
  onSubmit: (body: Record<string, unknown>) => Promise<unknown>;
  submitLabel?: string;
  heading?: string;
  intro?: ReactNode;
  disabled?: boolean;
  /**
   * After a stale version: fetch the latest saved record (and its version). With `replace` the caller
   * remounts the form with the saved values; without, the user's values stay for saving again.
   */
  onReload?: (replace: boolean) => Promise<unknown> | void;
  extraActions?: ReactNode;
  /** Heading level of the error summary: one below the heading the form sits under. */
  summaryLevel?: 'h2' | 'h3' | 'h4';
  /** Keeps a draft of a long form (drafts.tsx) under this form name and record id. */
  draft?: { form: string; id: number };
  /** The form's own checks before sending (e.g. an amount in euros): messages by field, shown for visible fields the shared checks passed. */
  check?: (values: FormValues) => Record<string, string>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(initial);
  // The values last saved (or given): the form is dirty while it differs from them.
  const [baseline, setBaseline] = useState<FormValues>(initial);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = useServerErrors();
  const dirty = !sameValue(values, baseline);
  const drafts = useDraft(
    draft ? { ...draft, state: values, dirty, baseline, restore: (v: FormValues) => setValues(v) } : null,
  );
  const leave = useLeaveGuard(dirty, drafts.remove);
  const set = (k: string, v: string | boolean) => {
    setSaved(false);
    setValues((old) => ({ ...old, [k]: v }));
  };
  const visible = fields.filter((f) => !f.when || f.when(values));

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    errors.clear();
    setConflict(false);
    setSaved(false);
    const local: Record<string, string> = {};
    const own = check?.(values) ?? {};
    for (const f of visible) {
      const v = values[f.name];
      if (f.kind === 'date' && String(v).trim() && parseDate(String(v)) === null) local[f.name] = t('validation.date');
      else if (f.required && f.kind !== 'checkbox' && String(v).trim() === '') local[f.name] = t('validation.required');
      else if (f.kind === 'number' && String(v).trim() !== '' && Number.isNaN(Number(String(v).replace(',', '.'))))
        local[f.name] = t('validation.number');
      else if (own[f.name]) local[f.name] = own[f.name];
    }
    if (Object.keys(local).length) {
      errors.refuse(local);
      return;
    }
    setPending(true);
    const sent = values;
    try {
      // Let a save that leaves the page go through without asking.
      leave.release();
      await onSubmit(toBody(fields, sent));
      drafts.remove();
      setBaseline(sent);
      setSaved(true);
    } catch (err) {
      leave.resume();
      if (isStaleVersion(err)) {
        setConflict(true);
      } else if (err instanceof ApiError && err.status === 422 && (err.problem?.errors?.length ?? 0) > 0) {
        const map: Record<string, string> = {};
        for (const fe of err.problem?.errors ?? []) {
          const k = fieldKey(fe.field);
          if (!(k in map)) map[k] = fe.message;
        }
        errors.refuse(map);
      } else {
        errors.take(err);
      }
    } finally {
      setPending(false);
    }
  }

  const names = new Set(visible.map((f) => f.name));
  const summary = Object.entries(errors.fieldErrors).map(([k, message]) => {
    const f = visible.find((x) => x.name === k);
    return {
      text: f ? `${t(f.label)}: ${message}` : message,
      inputId: f ? inputIdOf(idPrefix, f) : visible[0] ? inputIdOf(idPrefix, visible[0]) : `${idPrefix}-submit`,
    };
  });
  const unplaced = Object.entries(errors.fieldErrors).filter(([k]) => !names.has(k));

  const field = (f: FieldSpec) => {
    const id = `${idPrefix}-${f.name}`;
    const common = {
      id,
      labelText: t(f.label),
      hintText: f.hint ? t(f.hint) : undefined,
      optionalText: f.required || f.noOptionalText ? undefined : t('common.optional'),
      disabled: disabled || pending,
      ...errors.statusOf(f.name),
    };
    const v = values[f.name];
    switch (f.kind) {
      case 'textarea':
        return (
          <Textarea
            key={f.name}
            {...common}
            value={String(v ?? '')}
            onChange={(e) => set(f.name, e.target.value)}
            fullWidth
            resize="vertical"
            className="field-wide"
          />
        );
      case 'date':
        return (
          <DateField
            key={f.name}
            {...common}
            value={String(v ?? '')}
            onChange={({ value }) => set(f.name, value)}
            fullWidth
          />
        );
      case 'select':
        return (
          <Dropdown
            key={f.name}
            id={id}
            labelText={common.labelText}
            hintText={common.hintText}
            optionalText={common.optionalText}
            status={common.status}
            statusText={common.statusText}
            disabled={common.disabled}
            visualPlaceholder={t('common.choose')}
            value={v ? String(v) : null}
            onChange={(x) => set(f.name, x)}
            fullWidth
          >
            {(f.options ?? []).map((o) => (
              <DropdownItem key={o} value={o}>
                {f.optionText ? f.optionText(o) : t(`${f.optionPrefix}.${o}`)}
              </DropdownItem>
            ))}
          </Dropdown>
        );
      case 'checkbox':
        return (
          <Checkbox
            key={f.name}
            id={id}
            checked={v === true}
            hintText={common.hintText}
            disabled={common.disabled}
            status={common.status}
            statusText={common.statusText}
            onClick={({ checkboxState }) => set(f.name, checkboxState)}
          >
            {common.labelText}
          </Checkbox>
        );
      default:
        return (
          <TextInput
            key={f.name}
            {...common}
            inputMode={f.kind === 'number' ? 'decimal' : undefined}
            value={String(v ?? '')}
            onChange={(x) => set(f.name, String(x ?? ''))}
            fullWidth
          />
        );
    }
  };

  return (
    <form onSubmit={submit} noValidate id={`${idPrefix}-form`} aria-labelledby={heading ? `${idPrefix}-heading` : undefined}>
      {heading ? (
        <Heading variant="h3" id={`${idPrefix}-heading`} mb="s">
          {heading}
        </Heading>
      ) : null}
      {intro}
      {conflict ? (
        <ConflictNotice
          onKeepMine={() => {
            void Promise.resolve(onReload?.(false)).then(() => setConflict(false));
          }}
          onUseSaved={() => {
            // The caller remounts the form with the saved values: what was typed is given up.
            drafts.remove();
            leave.release();
            void Promise.resolve(onReload?.(true)).then(() => setConflict(false));
          }}
        />
      ) : null}
      <DraftNotice draft={drafts} />
      <FieldErrorSummary
        id={`${idPrefix}-errors`}
        heading={t('validation.summaryHeading', { count: summary.length })}
        headingVariant={summaryLevel}
        headingRef={errors.summaryRef}
        items={summary}
      />
      {unplaced.length && !summary.length ? (
        <ul className="error-text">
          {unplaced.map(([k, m]) => (
            <li key={k}>{m}</li>
          ))}
        </ul>
      ) : null}
      {errors.other ? <ErrorNotice error={errors.other} heading={t('caseForms.saveFailed')} /> : null}
      <div className="form-grid">{visible.map(field)}</div>
      <div className="form-actions">
        {/* A read-only form (a closed case, a reader who may not edit) offers no save at all. */}
        {disabled ? null : (
          <Button type="submit" id={`${idPrefix}-submit`} disabled={pending}>
            {pending ? t('common.saving') : submitLabel ?? t('common.save')}
          </Button>
        )}
        {extraActions}
        <span role="status" aria-live="polite" id={`${idPrefix}-status`} className="saved-text">
          {saved ? t('caseForms.saved') : ''}
        </span>
      </div>
    </form>
  );
}
