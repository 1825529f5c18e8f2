// A filled form to read: each section's fields with their answers as text, choices by their labels.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { formatDate } from '../../shared/format';
import type { Answers, FormDefinition, FormField } from './api';
import { pathId, textIn } from './answers';

function answerText(f: FormField, a: unknown, t: TFunction<'forms'>, lang: string): string {
  if (a === undefined || a === null || a === '' || (Array.isArray(a) && a.length === 0)) return '';
  const label = (key: unknown) => {
    const o = f.options?.find((x) => x.key === key);
    return o ? textIn(o.label, lang) : String(key);
  };
  switch (f.type) {
    case 'single_choice':
      return label(a);
    case 'scale':
      return t('field.step', { n: String(a), label: label(a) });
    case 'multiple_choice':
      return Array.isArray(a) ? a.map(label).join(', ') : String(a);
    case 'yes_no':
      return a === true ? t('field.yes') : a === false ? t('field.no') : String(a);
    case 'date':
      return formatDate(String(a));
    case 'number':
      return String(a).replace('.', ',');
    default:
      return String(a);
  }
}

function Answer({ f, a, id }: { f: FormField; a: unknown; id: string }) {
  const { t, i18n } = useTranslation('forms');
  const lang = i18n.language;
  if (f.type !== 'group') {
    const text = answerText(f, a, t, lang);
    return (
      <dd id={id} className={text ? 'fo-answer' : 'fo-answer muted'}>
        {text || t('field.noAnswer')}
      </dd>
    );
  }
  const entries = Array.isArray(a) ? a : [];
  const label = textIn(f.label, lang);
  return (
    <dd id={id}>
      {entries.length ? (
        <ol className="pl-plain-list fo-entries">
          {entries.map((e, i) => (
            <li key={i} className="fo-entry">
              <span className="fo-legend">{t('group.entry', { label, n: i + 1 })}</span>
              <dl className="details-list">
                {(f.fields ?? []).map((c) => (
                  <Row key={c.key} f={c} a={(e as Answers | null)?.[c.key]} id={`${id}-${i}-${c.key}`} />
                ))}
              </dl>
            </li>
          ))}
        </ol>
      ) : (
        <span className="muted">{t('field.noAnswer')}</span>
      )}
    </dd>
  );
}

function Row({ f, a, id }: { f: FormField; a: unknown; id: string }) {
  const { i18n } = useTranslation('forms');
  return (
    <>
      <dt>{textIn(f.label, i18n.language)}</dt>
      <Answer f={f} a={a} id={id} />
    </>
  );
}

/** The answers under each section's title (`headingLevel` one below the heading the form sits under). */
export function AnswersView({
  definition,
  answers,
  idp,
  headingLevel = 'h4',
}: {
  definition: FormDefinition;
  answers: Answers;
  idp: string;
  headingLevel?: 'h4' | 'h5';
}) {
  const { i18n } = useTranslation('forms');
  return (
    <div className="fo-answers" id={`${idp}-answers`}>
      {definition.sections.map((s) => (
        <div key={s.key} className="fo-section">
          <Heading variant={headingLevel} mb="xs">
            {textIn(s.title, i18n.language)}
          </Heading>
          <dl className="details-list">
            {s.fields.map((f) => (
              <Row key={f.key} f={f} a={answers[f.key]} id={pathId(idp, f.key)} />
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
