import {
  ASSESSMENT_OUTCOMES,
  END_REASONS,
  FOLLOW_UP_CATEGORIES,
  INTERRUPTION_CODES,
  NOTICE_KINDS,
  REFERRAL_SOURCES,
  type PlanKind,
  type ServiceTypeCode,
} from '../../shared/api/types';
import type { FieldSpec, FormValues } from '../../shared/fieldForm';

/** Field lists of the stage records (DESIGN.md §3); names are the API's input fields. */
export const REFERRAL_FIELDS: readonly FieldSpec[] = [
  { name: 'source', kind: 'select', label: 'referral.source', options: REFERRAL_SOURCES, optionPrefix: 'referralSource', required: true },
  { name: 'referrerName', kind: 'text', label: 'referral.referrerName', hint: 'referral.referrerNameHint' },
  { name: 'date', kind: 'date', label: 'referral.date', required: true },
  { name: 'orderText', kind: 'textarea', label: 'referral.orderText', hint: 'referral.orderTextHint' },
];

export const ASSESSMENT_FIELDS: readonly FieldSpec[] = [
  { name: 'outcome', kind: 'select', label: 'assessment.outcome', options: ASSESSMENT_OUTCOMES, optionPrefix: 'assessmentOutcome', required: true },
  { name: 'date', kind: 'date', label: 'assessment.date', required: true },
  { name: 'criteria', kind: 'textarea', label: 'assessment.criteria', hint: 'assessment.criteriaHint', required: true },
];

/** The plan; for ktt the content of § 9 of the Act (189/2001, as amended by 702/2020). */
export function planFields(serviceType: ServiceTypeCode, kinds: readonly PlanKind[]): FieldSpec[] {
  const ktt = serviceType === 'ktt';
  const s9 = { noOptionalText: ktt } as const;
  const base: FieldSpec[] = [
    { name: 'kind', kind: 'select', label: 'plan.kind', options: kinds, optionPrefix: 'planKind', required: true },
    { name: 'date', kind: 'date', label: 'plan.date', required: true },
    { name: 'externalReference', kind: 'text', label: 'plan.externalReference', hint: 'plan.externalReferenceHint' },
  ];
  const content: FieldSpec[] = [
    { name: 'tasksAndPlace', kind: 'textarea', label: 'plan.tasksAndPlace', ...s9 },
    { name: 'daysPerWeek', kind: 'number', label: 'plan.daysPerWeek', ...s9 },
    { name: 'hoursPerDay', kind: 'number', label: 'plan.hoursPerDay', hint: 'plan.hoursPerDayHint', ...s9 },
    { name: 'startDate', kind: 'date', label: 'plan.startDate', ...s9 },
    { name: 'lengthMonths', kind: 'number', label: 'plan.lengthMonths', ...s9 },
    { name: 'evaluationDate', kind: 'date', label: 'plan.evaluationDate', hint: 'plan.evaluationDateHint', ...s9 },
    { name: 'goal', kind: 'textarea', label: 'plan.goal', ...s9 },
    { name: 'supportAndGuidance', kind: 'textarea', label: 'plan.supportAndGuidance', ...s9 },
    { name: 'otherServices', kind: 'textarea', label: 'plan.otherServices', ...s9 },
  ];
  return [...base, ...content];
}

export const END_FIELDS: readonly FieldSpec[] = [
  { name: 'reason', kind: 'select', label: 'end.reason', options: END_REASONS, optionPrefix: 'endReason', required: true },
  { name: 'date', kind: 'date', label: 'end.date', required: true },
  {
    name: 'interruptionReason',
    kind: 'textarea',
    label: 'end.interruptionReason',
    required: true,
    when: (v) => v.reason === 'interrupted',
  },
  {
    name: 'acceptableReason',
    kind: 'checkbox',
    label: 'end.acceptableReason',
    hint: 'end.acceptableReasonHint',
    when: (v) => v.reason === 'interrupted',
  },
];

export const FOLLOW_UP_FIELDS: readonly FieldSpec[] = [
  { name: 'category', kind: 'select', label: 'followUp.category', options: FOLLOW_UP_CATEGORIES, optionPrefix: 'followUpCategory', required: true },
  { name: 'noneReason', kind: 'textarea', label: 'followUp.noneReason', required: true, when: (v) => v.category === 'none' },
  { name: 'description', kind: 'textarea', label: 'followUp.description', when: (v) => v.category !== 'none' },
];

/** The shop steward and the employment authority both get the start details. */
const startNotice = (v: FormValues) => v.kind === 'shop_steward' || v.kind === 'employment_authority_start';

export const NOTICE_FIELDS: readonly FieldSpec[] = [
  { name: 'kind', kind: 'select', label: 'notice.kind', options: NOTICE_KINDS, optionPrefix: 'noticeKind', required: true },
  { name: 'sentOn', kind: 'date', label: 'notice.sentOn', required: true },
  { name: 'recipient', kind: 'text', label: 'notice.recipient', required: true },
  { name: 'startDate', kind: 'date', label: 'notice.startDate', required: true, when: startNotice },
  { name: 'lengthMonths', kind: 'number', label: 'notice.lengthMonths', required: true, when: startNotice },
  { name: 'place', kind: 'text', label: 'notice.place', required: true, when: startNotice },
  { name: 'hoursPerDay', kind: 'number', label: 'notice.hoursPerDay', required: true, when: startNotice },
  { name: 'daysPerWeek', kind: 'number', label: 'notice.daysPerWeek', when: startNotice },
  {
    name: 'description',
    kind: 'textarea',
    label: 'notice.description',
    hint: 'notice.descriptionHint',
    when: (v) => v.kind === 'employment_authority_start',
  },
  {
    name: 'interruptionCode',
    kind: 'select',
    label: 'notice.interruptionCode',
    options: INTERRUPTION_CODES,
    optionPrefix: 'interruptionCode',
    required: true,
    when: (v) => v.kind === 'employment_authority_interruption',
  },
  {
    // Free text beside the code: the server requires it with "other".
    name: 'interruptionReason',
    kind: 'textarea',
    label: 'notice.interruptionReason',
    hint: 'notice.interruptionReasonHint',
    required: false,
    when: (v) => v.kind === 'employment_authority_interruption',
  },
  {
    name: 'interruptionDate',
    kind: 'date',
    label: 'notice.interruptionDate',
    required: true,
    when: (v) => v.kind === 'employment_authority_interruption',
  },
];

export const DECISION_FIELDS: readonly FieldSpec[] = [
  { name: 'decisionDate', kind: 'date', label: 'decision.decisionDate', required: true },
  { name: 'startDate', kind: 'date', label: 'decision.startDate', required: true },
  { name: 'endDate', kind: 'date', label: 'decision.endDate', required: true },
  { name: 'daysPerWeekMax', kind: 'number', label: 'decision.daysPerWeekMax', required: true },
  { name: 'hoursPerDayMax', kind: 'number', label: 'decision.hoursPerDayMax', required: true },
  { name: 'legalBasis', kind: 'textarea', label: 'decision.legalBasis', hint: 'decision.legalBasisHint' },
];
