// The version editor's form: the form's title in three languages and its sections, each with its title, key and
// fields; parts are added, moved and removed with buttons.
import { useState } from 'react';
import { Button, Heading, TextInput } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { textIn } from '../answers';
import { statusAt, useEditor } from './context';
import { AddField, FieldList } from './FieldEditor';
import { emptyTexts, freshUid, move, removeAt, replaceAt, type EDefinition, type ESection } from './model';
import { editorId, NATIONAL_DETACH_ID } from './paths';
import { ListError, PartButtons, TextsInput } from './Parts';

export function DefinitionEditor({ value, set }: { value: EDefinition; set: (u: (d: EDefinition) => EDefinition) => void }) {
  const ed = useEditor();
  const { t } = ed;
  const setSections = (u: (l: ESection[]) => ESection[]) => set((d) => ({ ...d, sections: u(d.sections) }));
  return (
    <div className="fe-editor">
      <NationalStructure value={value} detach={() => set((d) => ({ ...d, nationalOid: undefined, nationalVersion: undefined }))} />
      <TextsInput
        path="title"
        what={t('editor.part.formTitle')}
        value={value.title}
        onChange={(title) => set((d) => ({ ...d, title }))}
      />
      <ol className="pl-plain-list fe-sections">
        {value.sections.map((s, i) => (
          <SectionEditor
            key={s.uid}
            section={s}
            index={i}
            count={value.sections.length}
            set={(u) => setSections((l) => replaceAt(l, i, u))}
            onMove={(d) => setSections((l) => move(l, i, d))}
            onRemove={() => {
              setSections((l) => removeAt(l, i));
              ed.focusLater('fe-sections-add');
            }}
          />
        ))}
      </ol>
      <ListError path="sections" />
      <Button
        variant="secondary"
        icon={<IconPlus />}
        id="fe-sections-add"
        onClick={() => {
          const keys = new Set(value.sections.map((s) => s.key));
          let n = value.sections.length + 1;
          while (keys.has(`section_${n}`)) n++;
          setSections((l) => [...l, { uid: freshUid('s'), key: `section_${n}`, title: emptyTexts(), fields: [] }]);
          ed.focusLater(`${editorId(`sections[${value.sections.length}].title`)}-fi`);
        }}
      >
        {t('editor.addSection')}
      </Button>
    </div>
  );
}

// A version on THL's national structure keeps the structure's fields (the server's rule); detaching makes it the
// county's own form, which may then differ freely.
function NationalStructure({ value, detach }: { value: EDefinition; detach: () => void }) {
  const { t, focusLater } = useEditor();
  const [detached, setDetached] = useState(false);
  if (!value.nationalOid) {
    return detached ? (
      <p role="status" className="fe-national" id="fe-national-detached" tabIndex={-1}>
        {t('editor.national.detached')}
      </p>
    ) : null;
  }
  return (
    <section className="fe-national stack" aria-labelledby="fe-national-heading" id="fe-national">
      <Heading variant="h2" id="fe-national-heading">
        {t('editor.national.heading')}
      </Heading>
      <p>{t('editor.national.text', { oid: value.nationalOid, version: value.nationalVersion ?? '' })}</p>
      <p>{t('editor.national.detachText')}</p>
      <Button
        variant="secondary"
        id={NATIONAL_DETACH_ID}
        onClick={() => {
          setDetached(true);
          detach();
          focusLater('fe-national-detached');
        }}
      >
        {t('editor.national.detach')}
      </Button>
    </section>
  );
}

function SectionEditor({
  section: s,
  index,
  count,
  set,
  onMove,
  onRemove,
}: {
  section: ESection;
  index: number;
  count: number;
  set: (u: (s: ESection) => ESection) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t, errors, lang } = useEditor();
  const path = `sections[${index}]`;
  const name = t('editor.sectionName', { n: index + 1, title: textIn(s.title, lang) || s.key });
  const setFields = (u: (l: ESection['fields']) => ESection['fields']) => set((x) => ({ ...x, fields: u(x.fields) }));
  return (
    <li className="fe-section" id={`fe-u-${s.uid}`}>
      <div className="fe-head">
        <Heading variant="h2" id={`fe-u-${s.uid}-heading`}>
          {name}
        </Heading>
        <PartButtons uid={s.uid} name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
      <TextsInput path={`${path}.title`} what={t('editor.part.title')} value={s.title} onChange={(title) => set((x) => ({ ...x, title }))} />
      <TextInput
        id={editorId(`${path}.key`)}
        labelText={t('editor.part.key')}
        hintText={t('editor.keyHint')}
        value={s.key}
        onChange={(v) => set((x) => ({ ...x, key: String(v ?? '') }))}
        {...statusAt(errors, `${path}.key`)}
      />
      <FieldList fields={s.fields} path={`${path}.fields`} inGroup={false} setFields={setFields} />
      <ListError path={`${path}.fields`} />
      <AddField path={`${path}.fields`} count={s.fields.length} inGroup={false} setFields={setFields} />
    </li>
  );
}
