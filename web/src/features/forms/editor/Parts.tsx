// Small parts of the version editor: a text in the three languages, and a part's move and remove buttons.
import { Button, StatusText, TextInput, Textarea } from 'suomifi-ui-components';
import { IconArrowDown, IconArrowUp, IconRemove } from 'suomifi-icons';
import type { FormTexts } from '../api';
import { statusAt, useEditor } from './context';
import { LANGUAGES } from './model';
import { editorId } from './paths';

/** "Nimi suomeksi", "Nimi ruotsiksi", "Nimi englanniksi": one input a language, each at its own path. */
export function TextsInput({
  path,
  what,
  value,
  onChange,
  optional = false,
  long = false,
  hint,
}: {
  path: string;
  what: string;
  value: FormTexts;
  onChange: (next: FormTexts) => void;
  optional?: boolean;
  long?: boolean;
  hint?: string;
}) {
  const { t, errors } = useEditor();
  const id = editorId(path);
  return (
    <div className="fe-texts" id={id}>
      {errors[path] ? (
        <StatusText status="error" id={`${id}-statusText`}>
          {errors[path]}
        </StatusText>
      ) : null}
      {LANGUAGES.map((lang) => {
        const props = {
          id: `${id}-${lang}`,
          labelText: t('editor.inLanguage', { what, lang: t(`editor.language.${lang}`) }),
          optionalText: optional ? t('translation:common.optional') : undefined,
          hintText: lang === 'fi' ? hint : undefined,
          fullWidth: true,
          ...statusAt(errors, `${path}.${lang}`),
        };
        return long ? (
          <Textarea key={lang} {...props} value={value[lang]} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
        ) : (
          <TextInput key={lang} {...props} value={value[lang]} onChange={(v) => onChange({ ...value, [lang]: String(v ?? '') })} />
        );
      })}
    </div>
  );
}

/** A status line for an error at a list's path (too few fields, options, sections). */
export function ListError({ path }: { path: string }) {
  const { errors } = useEditor();
  if (!errors[path]) return null;
  return (
    <StatusText status="error" id={`${editorId(path)}-statusText`} className="fe-list-error">
      {errors[path]}
    </StatusText>
  );
}

/**
 * "Move up", "Move down", "Remove" of the part `name` at place `index` of `count`. The ids go by the part's uid, so the
 * focus stays on the button pressed when the part moves.
 */
export function PartButtons({
  uid,
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  uid: string;
  name: string;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t, focusLater, announce } = useEditor();
  const moveBy = (delta: number, button: 'up' | 'down') => {
    onMove(delta);
    announce(t('editor.moved', { name, n: index + delta + 1 }));
    const edge = (button === 'up' && index + delta === 0) || (button === 'down' && index + delta === count - 1);
    focusLater(`fe-u-${uid}-${edge ? (button === 'up' ? 'down' : 'up') : button}`);
  };
  return (
    <div className="fe-buttons">
      <Button
        variant="secondaryNoBorder"
        icon={<IconArrowUp />}
        id={`fe-u-${uid}-up`}
        aria-label={t('editor.upLabel', { name })}
        disabled={index === 0}
        onClick={() => moveBy(-1, 'up')}
      >
        {t('editor.up')}
      </Button>
      <Button
        variant="secondaryNoBorder"
        icon={<IconArrowDown />}
        id={`fe-u-${uid}-down`}
        aria-label={t('editor.downLabel', { name })}
        disabled={index === count - 1}
        onClick={() => moveBy(1, 'down')}
      >
        {t('editor.down')}
      </Button>
      <Button
        variant="secondaryNoBorder"
        icon={<IconRemove />}
        id={`fe-u-${uid}-remove`}
        aria-label={t('editor.removeLabel', { name })}
        onClick={() => {
          onRemove();
          announce(t('editor.removed', { name }));
        }}
      >
        {t('editor.remove')}
      </Button>
    </div>
  );
}
