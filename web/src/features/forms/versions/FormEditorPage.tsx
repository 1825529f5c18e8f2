import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Notification, Paragraph } from 'suomifi-ui-components';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../../shared/common';
import { DraftNotice, sameValue, useDraft } from '../../../shared/drafts';
import { useServerErrors } from '../../../shared/forms';
import { useLeaveGuard } from '../../../shared/leaveGuard';
import { FieldErrorSummary } from '../../../shared/versionedForm';
import { formKeys, formsApi, type FormVersion } from '../api';
import { textIn } from '../answers';
import { EditorCtx, type EditorContext } from '../editor/context';
import { DefinitionEditor } from '../editor/DefinitionEditor';
import { FormPreview } from '../editor/FormPreview';
import { keysOf, previewDefinition, toDefinition, toEditor, type EDefinition } from '../editor/model';
import { describePath, focusIdOf, hasErrorIn, ownErrors } from '../editor/paths';
import { useFormsOrganisation } from './organisation';
import '../texts';
import '../editor/editor.css';
import '../forms.css';

type Definition = NonNullable<FormVersion['definition']>;

/**
 * A new version of a form (`/forms/:kind/edit?org=`): the editor starts from the version in use, the preview beside
 * it draws what is typed with the one renderer; what is typed is kept in the browser (a draft) until it is
 * published, and a refusal shows the server's message at each path.
 */
export default function FormEditorPage() {
  const { t } = useTranslation('forms');
  const { kind = '' } = useParams();
  const { organisation } = useFormsOrganisation();
  const orgId = organisation?.id ?? 0;
  const history = useQuery({ queryKey: formKeys.history(orgId, kind), queryFn: () => formsApi.history(orgId, kind), enabled: orgId > 0 });
  const currentId = history.data?.items[0]?.id;
  const version = useQuery({
    queryKey: formKeys.version(currentId ?? 0),
    queryFn: () => formsApi.version(currentId!),
    enabled: currentId !== undefined,
    staleTime: Infinity,
  });
  const title = t('editor.title');
  if (history.isError || version.isError)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <ErrorNotice error={history.error ?? version.error} />
      </>
    );
  if (history.isSuccess && currentId === undefined)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <Paragraph id="no-versions">{t('versions.none')}</Paragraph>
      </>
    );
  if (!version.data?.definition) return <Loading text={t('translation:common.loading')} />;
  return <Editor key={version.data.id} base={version.data} definition={version.data.definition} orgId={orgId} />;
}

/** The structure's uids, by place: errors at paths are the server's for the structure they were given on. */
const structureOf = (d: EDefinition) =>
  JSON.stringify(d.sections.map((s) => [s.uid, s.fields.map((f) => [f.uid, f.options.map((o) => o.uid), f.fields.map((c) => c.uid)])]));

function Editor({ base, definition, orgId }: { base: FormVersion; definition: Definition; orgId: number }) {
  const { t, i18n } = useTranslation('forms');
  const qc = useQueryClient();
  const navigate = useNavigate();
  const initial = useMemo(() => toEditor(definition), [definition]);
  const [state, setState] = useState<EDefinition>(initial);
  const [draftOn, setDraftOn] = useState<number | null>(null);
  const dirty = !sameValue(state, initial);
  const draft = useDraft({
    form: 'form-version',
    id: `${orgId}-${base.kind}`,
    state,
    dirty,
    baseline: initial,
    version: base.version,
    restore: (s, v) => {
      setState(s);
      setDraftOn(v !== undefined && v !== base.version ? v : null);
    },
  });
  // Leaving asks first; a draft left behind stays in the browser until it is published or discarded.
  const leave = useLeaveGuard(dirty);
  const errors = useServerErrors();
  const [errorsOn, setErrorsOn] = useState('');
  const structure = structureOf(state);
  const shownErrors = errorsOn === structure ? ownErrors(errors.fieldErrors) : {};

  const [openUids, setOpenUids] = useState<Set<string>>(new Set());
  const [focus, setFocus] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const stateRef = useRef(state);
  stateRef.current = state;

  const ctx: EditorContext = {
    errors: shownErrors,
    t,
    lang: i18n.language,
    focusLater: setFocus,
    announce: setStatus,
    usedKeys: () => keysOf(stateRef.current),
    isOpen: (uid, path) => openUids.has(uid) || hasErrorIn(shownErrors, path),
    toggle: (uid) =>
      setOpenUids((s) => {
        const n = new Set(s);
        if (n.has(uid)) n.delete(uid);
        else n.add(uid);
        return n;
      }),
    open: (uid) => setOpenUids((s) => new Set(s).add(uid)),
  };

  const publish = useMutation({
    mutationFn: () => formsApi.publish(orgId, toDefinition(state), base.id),
    onSuccess: (v) => {
      leave.release();
      draft.remove();
      qc.setQueryData(formKeys.version(v.id), v);
      void qc.invalidateQueries({ queryKey: formKeys.inUse(orgId) });
      void qc.invalidateQueries({ queryKey: formKeys.history(orgId, v.kind) });
      navigate(`/forms/${v.kind}?org=${orgId}&version=${v.id}`, { state: { published: v.version } });
    },
    onError: (e) => {
      setErrorsOn(structureOf(stateRef.current));
      errors.take(e);
    },
  });
  const summary = Object.entries(shownErrors).map(([path, message]) => ({
    text: `${describePath(path, t) || t('editor.part.form')}: ${message}`,
    inputId: focusIdOf(path, 'fe-publish'),
  }));
  const name = textIn(definition.title, i18n.language);
  const title = t('editor.titleOf', { name });
  return (
    <>
      <Paragraph mb="s">
        <AppLink to={`/forms/${base.kind}?org=${orgId}`} id="back-to-versions">
          {t('editor.back', { name })}
        </AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph mb="m" id="editor-base">
        {t('editor.intro', { n: base.version })}
      </Paragraph>
      <DraftNotice draft={draft} />
      {draftOn !== null ? (
        <Notification status="neutral" headingText={t('editor.draftOnOlder', { n: draftOn, m: base.version })} headingVariant="h2" showCloseButton={false} mb="m" id="draft-on-older">
          {t('editor.draftOnOlderText', { m: base.version })}
        </Notification>
      ) : null}
      <form
        noValidate
        id="form-version-editor"
        aria-labelledby="page-title"
        onSubmit={(e) => {
          e.preventDefault();
          errors.clear();
          publish.mutate();
        }}
      >
        {errors.other ? <ErrorNotice error={errors.other} /> : null}
        <FieldErrorSummary
          id="editor-errors"
          heading={t('translation:validation.summaryHeading', { count: summary.length })}
          headingRef={errors.summaryRef}
          items={summary}
        />
        <div className="fe-layout">
          <div className="fe-edit-column">
            <EditorCtx.Provider value={ctx}>
              <DefinitionEditor value={state} set={(u) => setState((s) => u(s))} />
            </EditorCtx.Provider>
          </div>
          <section className="fe-preview-column" aria-labelledby="preview-heading">
            <Heading variant="h2" id="preview-heading" mb="s">
              {t('editor.preview')}
            </Heading>
            <FormPreview definition={previewDefinition(state)} idp="fp" />
          </section>
        </div>
        <p role="status" aria-live="polite" className="saved-text" id="editor-status">
          {status}
        </p>
        <Paragraph mb="s">{t('editor.publishHint')}</Paragraph>
        <div className="form-actions">
          <Button type="submit" id="fe-publish" disabled={publish.isPending}>
            {publish.isPending ? t('editor.publishing') : t('editor.publish')}
          </Button>
        </div>
      </form>
    </>
  );
}
