// One field of the version editor: its heading with open, move and remove, and when open its texts in three
// languages, key, type, whether it is required and read by the client, and what its type has (options, a number's
// range, a repeating group's own fields).
import { Button, Checkbox, Dropdown, DropdownItem, Heading, TextInput } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { textIn } from '../answers';
import { statusAt, useEditor } from './context';
import { FIELD_TYPES, freeKey, move, newField, removeAt, replaceAt, withType, type EField } from './model';
import { OptionsEditor } from './OptionsEditor';
import { editorId } from './paths';
import { ListError, PartButtons, TextsInput } from './Parts';

interface Props {
  field: EField;
  path: string;
  index: number;
  count: number;
  inGroup: boolean;
  set: (u: (f: EField) => EField) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

export function FieldEditor({ field: f, path, index, count, inGroup, set, onMove, onRemove }: Props) {
  const ed = useEditor();
  const { t, errors, lang } = ed;
  const open = ed.isOpen(f.uid, path);
  const label = textIn(f.label, lang) || f.key;
  const name = t(inGroup ? 'editor.groupFieldName' : 'editor.fieldName', { n: index + 1, label });
  const headingId = `fe-u-${f.uid}-heading`;
  return (
    <li className={`fe-field${open ? ' fe-field--open' : ''}`} id={`fe-u-${f.uid}`}>
      <div className="fe-head">
        <Heading variant={inGroup ? 'h4' : 'h3'} id={headingId}>
          {name}
        </Heading>
        <p className="fe-meta">
          {t(`editor.type.${f.type}`)}
          {f.required ? `, ${t('editor.requiredShort')}` : ''}
        </p>
        <div className="fe-actions">
          <Button
            variant="secondary"
            id={`fe-u-${f.uid}-open`}
            aria-expanded={open}
            aria-describedby={headingId}
            onClick={() => ed.toggle(f.uid)}
          >
            {open ? t('editor.close') : t('editor.edit')}
          </Button>
          <PartButtons uid={f.uid} name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
        </div>
      </div>
      {open ? (
        <div className="fe-body">
          <TextsInput
            path={`${path}.label`}
            what={t('editor.part.label')}
            value={f.label}
            onChange={(v) => set((x) => ({ ...x, label: v }))}
          />
          <TextInput
            id={editorId(`${path}.key`)}
            labelText={t('editor.part.key')}
            hintText={t('editor.keyHint')}
            value={f.key}
            onChange={(v) => set((x) => ({ ...x, key: String(v ?? '') }))}
            {...statusAt(errors, `${path}.key`)}
          />
          <Dropdown
            id={editorId(`${path}.type`)}
            labelText={t('editor.part.type')}
            value={f.type}
            onChange={(v) => set((x) => withType(x, v as EField['type'], ed.usedKeys()))}
            {...statusAt(errors, `${path}.type`)}
          >
            {FIELD_TYPES.filter((ty) => !inGroup || ty !== 'group').map((ty) => (
              <DropdownItem key={ty} value={ty}>
                {t(`editor.type.${ty}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <div className="fe-flags">
            <Checkbox
              id={editorId(`${path}.required`)}
              checked={f.required}
              onClick={({ checkboxState }) => set((x) => ({ ...x, required: checkboxState }))}
            >
              {t('editor.part.required')}
            </Checkbox>
            <Checkbox
              id={editorId(`${path}.clientFacing`)}
              checked={f.clientFacing}
              hintText={t('editor.clientFacingHint')}
              onClick={({ checkboxState }) => set((x) => ({ ...x, clientFacing: checkboxState }))}
            >
              {t('editor.part.clientFacing')}
            </Checkbox>
          </div>
          <TextsInput
            path={`${path}.help`}
            what={t('editor.part.help')}
            value={f.help}
            optional
            long
            hint={t('editor.helpHint')}
            onChange={(v) => set((x) => ({ ...x, help: v }))}
          />
          {f.clientFacing ? (
            <TextsInput
              path={`${path}.plain`}
              what={t('editor.part.plain')}
              value={f.plain}
              long
              hint={t('editor.plainHint')}
              onChange={(v) => set((x) => ({ ...x, plain: v }))}
            />
          ) : null}
          {f.type === 'single_choice' || f.type === 'multiple_choice' || f.type === 'scale' ? (
            <OptionsEditor field={f} path={path} set={set} />
          ) : null}
          {f.type === 'number' ? (
            <div className="fe-range">
              {(['min', 'max'] as const).map((m) => (
                <TextInput
                  key={m}
                  id={editorId(`${path}.${m}`)}
                  labelText={t(`editor.part.${m}`)}
                  optionalText={t('translation:common.optional')}
                  inputMode="decimal"
                  value={f[m]}
                  onChange={(v) => set((x) => ({ ...x, [m]: String(v ?? '') }))}
                  {...statusAt(errors, `${path}.${m}`)}
                />
              ))}
            </div>
          ) : null}
          {f.type === 'group' ? <GroupFields field={f} path={path} set={set} /> : null}
        </div>
      ) : null}
    </li>
  );
}

/** A repeating group's own fields: a list of fields like a section's, without groups in it. */
function GroupFields({ field, path, set }: { field: EField; path: string; set: (u: (f: EField) => EField) => void }) {
  const ed = useEditor();
  const at = `${path}.fields`;
  const setFields = (u: (l: EField[]) => EField[]) => set((f) => ({ ...f, fields: u(f.fields) }));
  return (
    <div className="fe-group">
      <p className="fe-legend">{ed.t('editor.groupFields')}</p>
      <FieldList fields={field.fields} path={at} inGroup setFields={setFields} />
      <ListError path={at} />
      <AddField path={at} count={field.fields.length} setFields={setFields} inGroup />
    </div>
  );
}

export function FieldList({
  fields,
  path,
  inGroup,
  setFields,
}: {
  fields: EField[];
  path: string;
  inGroup: boolean;
  setFields: (u: (l: EField[]) => EField[]) => void;
}) {
  const ed = useEditor();
  return (
    <ol className="pl-plain-list fe-list" id={editorId(path)}>
      {fields.map((f, i) => (
        <FieldEditor
          key={f.uid}
          field={f}
          path={`${path}[${i}]`}
          index={i}
          count={fields.length}
          inGroup={inGroup}
          set={(u) => setFields((l) => replaceAt(l, i, u))}
          onMove={(d) => setFields((l) => move(l, i, d))}
          onRemove={() => {
            setFields((l) => removeAt(l, i));
            ed.focusLater(`${editorId(path)}-add`);
          }}
        />
      ))}
    </ol>
  );
}

/** "Add a field": a text field with a key not yet used, open, its Finnish label focused. */
export function AddField({
  path,
  count,
  inGroup,
  setFields,
}: {
  path: string;
  count: number;
  inGroup: boolean;
  setFields: (u: (l: EField[]) => EField[]) => void;
}) {
  const ed = useEditor();
  return (
    <Button
      variant="secondary"
      icon={<IconPlus />}
      id={`${editorId(path)}-add`}
      onClick={() => {
        const added = newField(freeKey(ed.usedKeys(), 'field'));
        setFields((l) => [...l, added]);
        ed.open(added.uid);
        ed.focusLater(`${editorId(`${path}[${count}].label`)}-fi`);
      }}
    >
      {inGroup ? ed.t('editor.addGroupField') : ed.t('editor.addField')}
    </Button>
  );
}
