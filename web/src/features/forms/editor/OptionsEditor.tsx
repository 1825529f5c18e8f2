// A choice's options or a scale's steps: each with its text in three languages (a choice's own key too), moved,
// removed and added with buttons. A scale's steps are numbered 1..n in the order shown.
import { Button, TextInput } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { textIn } from '../answers';
import { statusAt, useEditor } from './context';
import { MAX_STEPS, move, newOption, removeAt, replaceAt, type EField, type EOption } from './model';
import { editorId } from './paths';
import { ListError, PartButtons, TextsInput } from './Parts';

export function OptionsEditor({ field, path, set }: { field: EField; path: string; set: (u: (f: EField) => EField) => void }) {
  const { t, errors, lang, focusLater } = useEditor();
  const scale = field.type === 'scale';
  const at = `${path}.options`;
  const id = editorId(at);
  const setOptions = (u: (o: EOption[]) => EOption[]) => set((f) => ({ ...f, options: u(f.options) }));
  const legend = scale ? t('editor.steps') : t('editor.options');
  return (
    <fieldset className="fe-options" id={id}>
      <legend className="fe-legend">{legend}</legend>
      <ol className="pl-plain-list fe-list">
        {field.options.map((o, i) => {
          const oPath = `${at}[${i}]`;
          const name = scale
            ? t('editor.stepName', { n: i + 1 })
            : t('editor.optionName', { n: i + 1, label: textIn(o.label, lang) || o.key });
          return (
            <li key={o.uid} className="fe-option">
              <p className="fe-option-title">{name}</p>
              {scale ? null : (
                <TextInput
                  id={editorId(`${oPath}.key`)}
                  labelText={t('editor.part.key')}
                  hintText={t('editor.keyHint')}
                  value={o.key}
                  onChange={(v) => setOptions((l) => replaceAt(l, i, (x) => ({ ...x, key: String(v ?? '') })))}
                  {...statusAt(errors, `${oPath}.key`)}
                />
              )}
              <TextsInput
                path={`${oPath}.label`}
                what={t('editor.part.label')}
                value={o.label}
                onChange={(label) => setOptions((l) => replaceAt(l, i, (x) => ({ ...x, label })))}
              />
              <PartButtons
                uid={o.uid}
                name={name}
                index={i}
                count={field.options.length}
                onMove={(d) => setOptions((l) => move(l, i, d))}
                onRemove={() => {
                  setOptions((l) => removeAt(l, i));
                  focusLater(`${id}-add`);
                }}
              />
            </li>
          );
        })}
      </ol>
      <ListError path={at} />
      <Button
        variant="secondary"
        icon={<IconPlus />}
        id={`${id}-add`}
        disabled={scale && field.options.length >= MAX_STEPS}
        onClick={() => {
          const keys = new Set(field.options.map((o) => o.key));
          let n = field.options.length + 1;
          while (keys.has(`choice_${n}`)) n++;
          const added = newOption(`choice_${n}`);
          setOptions((l) => [...l, added]);
          focusLater(scale ? `${editorId(`${at}[${field.options.length}].label`)}-fi` : editorId(`${at}[${field.options.length}].key`));
        }}
      >
        {scale ? t('editor.addStep') : t('editor.addOption')}
      </Button>
    </fieldset>
  );
}
