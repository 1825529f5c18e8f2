// A form as it will be filled, drawn by the one FormRenderer, in a language chosen here (the UI's by default) and
// optionally in plain language (selkokieli: the client-facing fields' plain texts as their labels). The renderer's
// own words come in the chosen language too: it runs under a copy of the i18n instance in that language.
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Checkbox, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import i18n, { loadTexts, SUPPORTED, type UiLanguage } from '../../../i18n';
import type { FormDefinition } from '../api';
import { textIn, type Values } from '../answers';
import { FormRenderer } from '../FormRenderer';
import { plainDefinition } from './model';

export function FormPreview({ definition, idp, readOnly = false }: { definition: FormDefinition; idp: string; readOnly?: boolean }) {
  const { t, i18n: ui } = useTranslation('forms');
  const [lang, setLang] = useState<UiLanguage>((SUPPORTED as readonly string[]).includes(ui.language) ? (ui.language as UiLanguage) : 'fi');
  const [plain, setPlain] = useState(false);
  const [ready, setReady] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadTexts(lang)
      .catch(() => {})
      .then(() => live && setReady(lang));
    return () => {
      live = false;
    };
  }, [lang]);
  const local = useMemo(() => i18n.cloneInstance({ lng: lang }), [lang]);
  const shown = plain ? plainDefinition(definition) : definition;
  return (
    <div className="fe-preview" id={`${idp}-preview`}>
      <div className="fe-preview-controls">
        <RadioButtonGroup
          id={`${idp}-lang`}
          name={`${idp}-lang`}
          labelText={t('editor.previewLanguage')}
          value={lang}
          onChange={(v) => setLang(v as UiLanguage)}
        >
          {SUPPORTED.map((l) => (
            <RadioButton key={l} value={l} id={`${idp}-lang-${l}`}>
              {t(`editor.languageName.${l}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <Checkbox id={`${idp}-plain`} checked={plain} onClick={({ checkboxState }) => setPlain(checkboxState)} hintText={t('editor.plainToggleHint')}>
          {t('editor.plainToggle')}
        </Checkbox>
      </div>
      {ready === lang ? (
        <div lang={lang} className="fe-preview-form" id={`${idp}-form`}>
          <p className="fe-preview-title" id={`${idp}-title`}>
            {textIn(shown.title, lang)}
          </p>
          <I18nextProvider i18n={local}>
            <PreviewForm definition={shown} idp={idp} readOnly={readOnly} />
          </I18nextProvider>
        </div>
      ) : null}
    </div>
  );
}

/** The renderer with answers that are only tried out here; a change of the fields' keys or types starts them afresh. */
function PreviewForm({ definition, idp, readOnly }: { definition: FormDefinition; idp: string; readOnly: boolean }) {
  const shape = definition.sections.flatMap((s) => s.fields.map((f) => `${f.key}:${f.type}`)).join(',');
  return <Answers key={shape} definition={definition} idp={idp} readOnly={readOnly} />;
}

function Answers({ definition, idp, readOnly }: { definition: FormDefinition; idp: string; readOnly: boolean }) {
  const [values, setValues] = useState<Values>({});
  return <FormRenderer definition={definition} values={values} onChange={setValues} idp={idp} fieldErrors={{}} disabled={readOnly} />;
}
