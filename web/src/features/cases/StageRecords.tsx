import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Expander, ExpanderContent, ExpanderTitleButton, Heading, Paragraph } from 'suomifi-ui-components';

import {
  PLAN_KINDS,
  STAGES,
  type AssessmentInput,
  type Case,
  type EndInput,
  type FollowUpInput,
  type PlanInput,
  type ReferralInput,
  type Stage,
} from '../../shared/api/types';
import { FieldForm, toFormValues, type FieldSpec } from '../../shared/fieldForm';
import { ASSESSMENT_FIELDS, END_FIELDS, FOLLOW_UP_FIELDS, REFERRAL_FIELDS, planFields } from './stageFields';
import { useCaseUpdated } from './caseQueries';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { formatDate } from '../../shared/format';
import { casesApi } from './api';

type RecordKey = 'referral' | 'assessment' | 'plan' | 'end' | 'followUp';

interface RecordDef {
  key: RecordKey;
  stage: Stage;
  guard: string;
  fields: FieldSpec[];
  save: (id: number, body: Record<string, unknown>) => Promise<Case>;
}

/** The forms of the stage records: the current stage's open, the earlier ones folded. */
export function StageRecords({ c, onReload }: { c: Case; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const types = useServiceTypes();
  const updated = useCaseUpdated();
  const [reloads, setReloads] = useState(0);
  const accepted = types.byCode(c.serviceType)?.acceptedPlanKinds;
  const kinds = accepted && accepted.length ? accepted : PLAN_KINDS;

  const defs: RecordDef[] = [
    { key: 'referral', stage: 'referral', guard: 'referral_missing', fields: [...REFERRAL_FIELDS], save: (id, b) => casesApi.putReferral(id, b as unknown as ReferralInput) },
    { key: 'assessment', stage: 'assessment', guard: 'assessment_missing', fields: [...ASSESSMENT_FIELDS], save: (id, b) => casesApi.putAssessment(id, b as unknown as AssessmentInput) },
    { key: 'plan', stage: 'plan', guard: 'plan_missing', fields: planFields(c.serviceType, kinds), save: (id, b) => casesApi.putPlan(id, b as unknown as PlanInput) },
    { key: 'end', stage: 'end', guard: 'end_missing', fields: [...END_FIELDS], save: (id, b) => casesApi.putEnd(id, b as unknown as EndInput) },
    { key: 'followUp', stage: 'follow_up', guard: 'follow_up_missing', fields: [...FOLLOW_UP_FIELDS], save: (id, b) => casesApi.putFollowUp(id, b as unknown as FollowUpInput) },
  ];
  const at = STAGES.indexOf(c.stage);
  const shown = defs.filter(
    (d) => c[d.key] !== null || STAGES.indexOf(d.stage) <= at || c.missing.some((m) => m.code === d.guard),
  );
  // Open: the current stage's record and any needed or filled ahead of it (e.g. the end record
  // that moving to "end" requires); so a record does not jump away when it is saved.
  const isCurrent = (d: RecordDef) => STAGES.indexOf(d.stage) >= at;

  const form = (d: RecordDef) => {
    const record = c[d.key] as Record<string, unknown> | null;
    const initial = toFormValues(d.fields, record);
    if (d.key === 'end' && !record) initial.acceptableReason = true;
    return (
      <FieldForm
        key={`${d.key}-${reloads}`}
        idPrefix={d.key}
        fields={d.fields}
        initial={initial}
        disabled={c.stage === 'closed' || c.access !== 'edit'}
        // The plan is the long record: it keeps a draft.
        draft={d.key === 'plan' ? { form: 'case-plan', id: c.id } : undefined}
        intro={
          <>
            {d.key === 'plan' && c.serviceType === 'ktt' ? <Paragraph mb="s">{t('plan.kttIntro')}</Paragraph> : null}
            {d.key === 'assessment' && c.assessment ? (
              <Paragraph mb="s" className="muted">
                {t('assessment.author', { name: c.assessment.authorName, date: formatDate(c.assessment.date) })}
              </Paragraph>
            ) : null}
            {d.key === 'end' && c.end?.employmentAuthorityToBeNotified ? (
              <Paragraph mb="s">
                <strong>{t('end.toBeNotified')}</strong>
              </Paragraph>
            ) : null}
          </>
        }
        onSubmit={async (body) => updated(await d.save(c.id, { ...body, version: c.version }))}
        onReload={async (replace) => {
          await onReload();
          if (replace) setReloads((n) => n + 1);
        }}
      />
    );
  };

  if (!shown.length) return null;
  const current = shown.filter(isCurrent);
  const earlier = shown.filter((d) => !isCurrent(d));
  return (
    <section aria-labelledby="records-heading" id="stage-records">
      <Heading variant="h2" id="records-heading" mb="s">
        {t('case.recordsHeading')}
      </Heading>
      {current.map((d) => (
        <section key={d.key} className="panel" aria-labelledby={`${d.key}-record-heading`} id={`record-${d.key}`}>
          <Heading variant="h3" id={`${d.key}-record-heading`} mb="s">
            {t(`records.${d.key}`)}
          </Heading>
          {form(d)}
        </section>
      ))}
      {earlier.map((d) => (
        <Expander key={d.key} id={`record-${d.key}`} className="record-expander">
          <ExpanderTitleButton asHeading="h3">
            {t(`records.${d.key}`)}
            {c[d.key] === null ? ` – ${t('records.notRecorded')}` : ''}
          </ExpanderTitleButton>
          <ExpanderContent>{form(d)}</ExpanderContent>
        </Expander>
      ))}
    </section>
  );
}
