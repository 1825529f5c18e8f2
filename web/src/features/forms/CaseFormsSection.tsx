import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { ApiError } from '../../shared/api/client';
import type { Case } from '../../shared/api/types';
import { ErrorNotice, Loading } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { formatDateTime } from '../../shared/format';
import { formKeys, formsApi, type FormEntry, type FormVersion } from './api';
import { textIn } from './answers';
import { OpenEntry } from './OpenEntry';
import './forms.css';
import './texts';

/** A list the user may not read (404 or 403) hides the section: e.g. a provider on a kind it neither fills nor reads. */
const hidden = (e: unknown) => e instanceof ApiError && (e.status === 404 || e.status === 403);

/**
 * The case page's "Lomakkeet": the case's filled forms, newest first (each on the version of its form it was begun
 * on), beginning one of the forms the purchaser uses, and one open to fill or to read. Who fills which kind is the
 * server's rule (the case's editors every kind, the provider's coach what its work makes); a reader only reads.
 */
export default function CaseFormsSection({ c }: { c: Case }) {
  const { t, i18n } = useTranslation('forms');
  const qc = useQueryClient();
  const lang = i18n.language;
  const list = useQuery({ queryKey: formKeys.ofCase(c.id), queryFn: () => formsApi.ofCase(c.id) });
  const mayBegin = c.access !== 'read' && c.stage !== 'closed';
  const inUse = useQuery({
    queryKey: formKeys.inUse(c.organisationId),
    queryFn: () => formsApi.inUse(c.organisationId),
    enabled: list.isSuccess,
    staleTime: 60_000,
  });
  const items = list.data?.items ?? [];
  // A version is never changed once published: read once, kept.
  const versionIds = [...new Set(items.map((e) => e.formVersionId))];
  const versions = useQueries({
    queries: versionIds.map((id) => ({ queryKey: formKeys.version(id), queryFn: () => formsApi.version(id), staleTime: Infinity })),
  });
  const versionOf = (id: number) => versions[versionIds.indexOf(id)]?.data;
  const [openId, setOpenId] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    const el = focusId ? document.getElementById(focusId) : null;
    if (!el) return;
    el.focus();
    setFocusId(null);
  }, [focusId, list.data]);

  if (list.isError && hidden(list.error)) return null;
  const titleOf = (e: FormEntry) => {
    const v = versionOf(e.formVersionId) ?? inUse.data?.items.find((x) => x.kind === e.kind);
    return v ? textIn(v.title, lang) : e.kind;
  };
  /** Opens an entry just made (begun or a correction) and moves the focus to its title. */
  const opened = (e: FormEntry, text: string) => {
    qc.setQueryData(formKeys.entry(e.id), e);
    void qc.invalidateQueries({ queryKey: formKeys.ofCase(c.id) });
    setOpenId(e.id);
    setStatus(text);
    setFocusId(`form-entry-${e.id}-title`);
  };
  return (
    <section className="panel" aria-labelledby="case-forms-heading" id="case-forms">
      <Heading variant="h2" id="case-forms-heading" mb="s">
        {t('section.heading')}
      </Heading>
      {list.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {list.isSuccess && items.length === 0 ? (
        <Paragraph mb="s" id="no-case-forms">
          {t('section.none')}
        </Paragraph>
      ) : null}
      {items.length ? (
        <ul className="pl-plain-list fo-list" id="case-form-list">
          {items.map((e) => (
            <EntryItem
              key={e.id}
              entry={e}
              title={titleOf(e)}
              corrected={e.correctsId ? items.find((x) => x.id === e.correctsId) : undefined}
              open={openId === e.id}
              onToggle={() => {
                setStatus('');
                setOpenId((o) => (o === e.id ? null : e.id));
              }}
              mayCorrect={mayBegin && !items.some((x) => x.correctsId === e.id && x.state === 'draft')}
              onSaved={(saved) => setStatus(saved.state === 'completed' ? t('entry.completed') : '')}
              onCorrected={(draft) => opened(draft, t('correct.begun'))}
            />
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" className="saved-text" id="case-forms-status">
        {status}
      </p>
      {mayBegin && list.isSuccess ? (
        <BeginForm c={c} forms={inUse.data?.items ?? null} onBegun={(e) => opened(e, t('section.begun'))} />
      ) : null}
      {inUse.isError ? <ErrorNotice error={inUse.error} /> : null}
    </section>
  );
}

function BeginForm({ c, forms, onBegun }: { c: Case; forms: FormVersion[] | null; onBegun: (e: FormEntry) => void }) {
  const { t, i18n } = useTranslation('forms');
  const [kind, setKind] = useState('');
  const errors = useServerErrors();
  const begin = useMutation({
    mutationFn: (k: string) => formsApi.begin(c.id, k),
    onSuccess: (e) => {
      setKind('');
      onBegun(e);
    },
    onError: (e) => errors.take(e),
  });
  if (!forms) return null;
  if (!forms.length) return <Paragraph id="no-form-kinds">{t('section.noKinds')}</Paragraph>;
  const chosen = kind || (forms.length === 1 ? forms[0].kind : '');
  return (
    <form
      id="begin-form"
      className="stack fo-begin"
      noValidate
      aria-label={t('section.begin')}
      onSubmit={(e) => {
        e.preventDefault();
        errors.clear();
        if (!chosen) {
          errors.setFieldErrors({ kind: t('translation:validation.required') });
          return;
        }
        begin.mutate(chosen);
      }}
    >
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <Dropdown
        id="begin-form-kind"
        labelText={t('section.kind')}
        visualPlaceholder={t('translation:common.choose')}
        value={chosen || null}
        onChange={(v) => setKind(v)}
        {...errors.statusOf('kind')}
      >
        {forms.map((f) => (
          <DropdownItem key={f.kind} value={f.kind}>
            {textIn(f.title, i18n.language)}
          </DropdownItem>
        ))}
      </Dropdown>
      <div className="form-actions">
        <Button type="submit" variant="secondary" icon={<IconPlus />} id="begin-form-submit" disabled={begin.isPending}>
          {t('section.begin')}
        </Button>
      </div>
    </form>
  );
}

function EntryItem({
  entry: e,
  title,
  corrected,
  open,
  onToggle,
  mayCorrect,
  onSaved,
  onCorrected,
}: {
  entry: FormEntry;
  title: string;
  corrected: FormEntry | undefined;
  open: boolean;
  onToggle: () => void;
  mayCorrect: boolean;
  onSaved: (e: FormEntry) => void;
  onCorrected: (draft: FormEntry) => void;
}) {
  const { t } = useTranslation('forms');
  const idp = `form-entry-${e.id}`;
  const who = (name: string | null) => name ?? t('list.someone');
  return (
    <li className="fo-item" id={idp}>
      <Heading variant="h3" mb="xs" id={`${idp}-title`} tabIndex={-1}>
        {title}
      </Heading>
      <p className="fo-meta">
        <span className={`badge ${e.state === 'completed' ? 'badge--ok' : ''}`} id={`${idp}-state`}>
          {t(`state.${e.state}`)}
        </span>{' '}
        <span id={`${idp}-version`}>{t('list.formVersion', { n: e.formVersion })}</span>
      </p>
      <ul className="pl-plain-list fo-meta" id={`${idp}-history`}>
        <li>{t('list.created', { who: who(e.createdBy), at: formatDateTime(e.createdAt) })}</li>
        {e.state === 'draft' && e.updatedAt !== e.createdAt ? (
          <li>{t('list.updated', { who: who(e.updatedBy), at: formatDateTime(e.updatedAt) })}</li>
        ) : null}
        {e.completedAt ? <li>{t('list.completed', { who: who(e.completedBy), at: formatDateTime(e.completedAt) })}</li> : null}
        {e.correctsId ? (
          <li id={`${idp}-corrects`}>
            {corrected?.completedAt
              ? t('list.corrects', { at: formatDateTime(corrected.completedAt), reason: e.correctionReason ?? '' })
              : t('list.correctsOther', { reason: e.correctionReason ?? '' })}
          </li>
        ) : null}
      </ul>
      <Button
        variant="secondary"
        id={`${idp}-open`}
        aria-expanded={open}
        aria-describedby={`${idp}-title`}
        onClick={onToggle}
      >
        {open ? t('list.close') : t('list.open')}
      </Button>
      {open ? (
        <OpenEntry
          entryId={e.id}
          formVersionId={e.formVersionId}
          idp={idp}
          mayCorrect={mayCorrect}
          onSaved={onSaved}
          onCorrected={onCorrected}
        />
      ) : null}
    </li>
  );
}
