import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Notification, Paragraph } from 'suomifi-ui-components';
import { STAGES, type Case } from '../../shared/api/types';
import { AppLink, PageTitle } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { StageStepper } from './StageStepper';
import { TimelineSection } from './TimelineSection';
import { CaseServiceOrders } from '../serviceOrders/CaseServiceOrders';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { PeriodsSection } from '../periods/PeriodsSection';
import { CaseForms } from '../forms/CaseForms';
import { CaseGoals } from '../forms/goals/CaseGoals';
import { CaseDocuments } from '../caseDocuments/CaseDocuments';
import { MeetingsSection } from '../meetings/MeetingsSection';

/**
 * A case as a participating provider's coach or manager reads it: only what the
 * work needs (the server leaves the rest out); nothing here can be edited.
 */
export function ProviderCaseView({ c, title }: { c: Case; title: string }) {
  const { t } = useTranslation('orders');
  const types = useServiceTypes();
  const p = c.plan;
  const row = (label: string, value: ReactNode, id?: string) =>
    value === null || value === undefined || value === '' ? null : (
      <>
        <dt>{label}</dt>
        <dd id={id}>{value}</dd>
      </>
    );
  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/cases" id="back-to-cases">
          {t('translation:nav.cases')}
        </AppLink>
      </Paragraph>
      <div className="page-head">
        <PageTitle title={title}>{title}</PageTitle>
      </div>
      <Notification status="neutral" showCloseButton={false} mb="m" id="provider-view-notice">
        {t('provider.notice')}
      </Notification>
      <StageStepper stages={STAGES} current={c.stage} closed={c.stage === 'closed'} />
      <section className="panel" aria-labelledby="provider-case-heading" id="provider-case">
        <Heading variant="h2" id="provider-case-heading" mb="s">
          {t('provider.client')}
        </Heading>
        <dl className="details-list">
          {row(t('provider.client'), c.clientName, 'case-client-name')}
          {row(t('provider.language'), t(`language.${c.clientLanguage}`), 'case-client-language')}
          {row(t('provider.serviceType'), types.name(c.serviceType))}
          {row(t('provider.stage'), t(`translation:stage.${c.stage}`), 'case-stage')}
        </dl>
      </section>
      <section className="panel" aria-labelledby="provider-plan-heading" id="provider-plan">
        <Heading variant="h2" id="provider-plan-heading" mb="s">
          {t('provider.plan')}
        </Heading>
        {p ? (
          <dl className="details-list">
            {row(t('translation:plan.tasksAndPlace'), p.tasksAndPlace)}
            {row(t('translation:plan.goal'), p.goal)}
            {row(t('translation:plan.daysPerWeek'), p.daysPerWeek)}
            {row(t('translation:plan.hoursPerDay'), p.hoursPerDay)}
            {row(t('translation:plan.startDate'), formatDate(p.startDate))}
            {row(t('translation:plan.lengthMonths'), p.lengthMonths)}
            {row(t('translation:plan.supportAndGuidance'), p.supportAndGuidance)}
            {row(t('translation:plan.evaluationDate'), formatDate(p.evaluationDate))}
          </dl>
        ) : (
          <Paragraph>{t('provider.noPlan')}</Paragraph>
        )}
      </section>
      {c.end ? (
        <section className="panel" aria-labelledby="provider-end-heading" id="provider-end">
          <Heading variant="h2" id="provider-end-heading" mb="s">
            {t('provider.end')}
          </Heading>
          <dl className="details-list">
            {row(t('translation:end.reason'), t(`translation:endReason.${c.end.reason}`))}
            {row(t('translation:end.date'), formatDate(c.end.date))}
          </dl>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="provider-participants-heading" id="provider-participants">
        <Heading variant="h2" id="provider-participants-heading" mb="s">
          {t('provider.participants')}
        </Heading>
        <ul>
          {c.participants.map((x) => (
            <li key={x.providerOrganisationId}>
              {t('provider.participant', { provider: x.providerName, coach: x.coachName, since: formatDate(x.since) })}
            </li>
          ))}
        </ul>
      </section>
      <PeriodsSection c={c} />
      <CaseForms c={c} />
      <CaseGoals c={c} />
      <MeetingsSection c={c} />
      <CaseServiceOrders c={c} />
      <CaseDocuments c={c} />
      <TimelineSection caseId={c.id} />
    </>
  );
}
