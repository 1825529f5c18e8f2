import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from 'suomifi-ui-components';

import type { DecisionInput } from '../../shared/api/types';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { FieldForm, toFormValues } from '../../shared/fieldForm';
import { DECISION_FIELDS } from '../cases/stageFields';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { formatDate, todayIso } from '../../shared/format';
import { casesApi } from '../cases/api';
import { decisionsApi } from './api';

/** A new decision for a case, or a replacement of a signed one (?replaces=id). */
export default function DecisionNewPage() {
  const { id } = useParams();
  const caseId = Number(id);
  const [params] = useSearchParams();
  const replaces = params.get('replaces') ? Number(params.get('replaces')) : null;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const types = useServiceTypes();
  const c = useQuery({ queryKey: ['case', caseId], queryFn: () => casesApi.getCase(caseId) });
  const old = useQuery({
    queryKey: ['decision', replaces],
    queryFn: () => decisionsApi.getDecision(replaces!),
    enabled: replaces !== null,
  });
  const title = replaces ? t('decision.replaceTitle') : t('decision.newTitle');

  if (c.isPending || (replaces !== null && old.isPending) || types.query.isPending) return <Loading text={t('common.loading')} />;
  if (c.isError || old.isError) {
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <ErrorNotice error={c.error ?? old.error} />
      </>
    );
  }
  const kase = c.data;
  const st = types.byCode(kase.serviceType);
  const limits = st?.limitsInForce;
  const initial = toFormValues(DECISION_FIELDS, old.data ?? null);
  if (!old.data) {
    initial.decisionDate = formatDate(todayIso());
    initial.startDate = formatDate(kase.plan?.startDate);
    initial.daysPerWeekMax = kase.plan?.daysPerWeek?.toString() ?? limits?.daysPerWeekMax.toString() ?? '';
    initial.hoursPerDayMax = kase.plan?.hoursPerDay?.toString() ?? limits?.hoursPerDayMax.toString() ?? '';
  } else {
    initial.decisionDate = formatDate(todayIso());
  }

  return (
    <>
      <Paragraph mb="s">
        <AppLink to={`/cases/${caseId}`}>{t('decision.backToCase')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph mb="m">
        {kase.clientName} · {types.name(kase.serviceType)}
      </Paragraph>
      {limits ? (
        <Paragraph mb="m" id="decision-limits">
          {t('decision.limitsHint', {
            days: `${limits.daysPerWeekMin}–${limits.daysPerWeekMax}`,
            hours: `${limits.hoursPerDayMin}–${limits.hoursPerDayMax}`,
            months: `${limits.periodMonthsMin}–${limits.periodMonthsMax}`,
          })}
        </Paragraph>
      ) : null}
      <section className="panel">
        <FieldForm
          idPrefix="decision"
          summaryLevel="h2"
          fields={DECISION_FIELDS}
          initial={initial}
          submitLabel={t('decision.saveDraft')}
          onSubmit={async (body) => {
            const d = await decisionsApi.createDecision(caseId, { ...(body as unknown as DecisionInput), replacesDecisionId: replaces });
            void qc.invalidateQueries({ queryKey: ['case', caseId] });
            void qc.invalidateQueries({ queryKey: ['timeline', caseId] });
            qc.setQueryData(['decision', d.id], d);
            navigate(`/decisions/${d.id}`, { state: { created: true } });
          }}
          extraActions={
            <Button variant="secondary" onClick={() => navigate(`/cases/${caseId}`)} id="decision-cancel">
              {t('common.cancel')}
            </Button>
          }
        />
      </section>
    </>
  );
}
