import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Notification, Paragraph, Textarea } from 'suomifi-ui-components';
import { ApiError, isStaleVersion } from '../../shared/api/client';
import { STAGES, type Case, type MissingItem, type Stage } from '../../shared/api/types';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { StageStepper } from './StageStepper';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { useCaseUpdated } from './caseQueries';
import { StageRecords } from './StageRecords';
import { NoticesSection } from './NoticesSection';
import { DecisionsSection } from '../decisions/DecisionsSection';
import { TimelineSection } from './TimelineSection';
import { CaseServiceOrders } from '../serviceOrders/CaseServiceOrders';
import { ProviderCaseView } from './ProviderCaseView';
import { FindPlaceForCase } from './FindPlaceForCase';
import { MissingList } from './MissingList';
import { responsibleText } from './CaseTable';
import { CasePlacementSummary } from '../bookings/CasePlacementSummary';
import { PeriodsSection } from '../periods/PeriodsSection';
import { CaseForms } from '../forms/CaseForms';
import { CaseGoals } from '../forms/goals/CaseGoals';
import { CaseDocuments } from '../caseDocuments/CaseDocuments';
import { MeetingsSection } from '../meetings/MeetingsSection';
import { formatDateTime } from '../../shared/format';
import { casesApi } from './api';

export default function CasePage() {
  const { id } = useParams();
  const caseId = Number(id);
  const { t } = useTranslation();
  const types = useServiceTypes();
  const q = useQuery({ queryKey: ['case', caseId], queryFn: () => casesApi.getCase(caseId) });

  if (q.isPending) return <Loading text={t('common.loading')} />;
  if (q.isError) {
    return (
      <>
        <PageTitle title={t('case.title')}>{t('case.title')}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  }
  const c = q.data;
  const title = `${c.clientName}: ${types.name(c.serviceType)}`;
  // A participating provider reads its own view: no purchaser records, nothing to edit.
  if (c.access === 'provider') return <ProviderCaseView c={c} title={title} />;
  return (
    <>
      <Paragraph mb="s">
        <AppLink to={`/clients/${c.clientId}`} id="back-to-client">
          {t('case.backToClient', { name: c.clientName })}
        </AppLink>
      </Paragraph>
      <div className="page-head">
        <PageTitle title={title}>{title}</PageTitle>
        <span
          className={`badge ${c.stage === 'closed' ? '' : c.status === 'interrupted' ? 'badge--alert' : 'badge--ok'}`}
          id="case-status"
        >
          {c.stage === 'closed' ? t('stage.closed') : t(`caseStatus.${c.status}`)}
        </span>
      </div>
      <StageStepper stages={STAGES} current={c.stage} closed={c.stage === 'closed'} />
      <FindPlaceForCase c={c} />
      <CurrentStage c={c} onReload={() => void q.refetch()} />
      <CasePlacementSummary c={c} />
      <PeriodsSection c={c} />
      <CaseForms c={c} />
      <CaseGoals c={c} />
      <MeetingsSection c={c} />
      <StageRecords c={c} onReload={() => q.refetch()} />
      <CaseServiceOrders c={c} />
      <DecisionsSection c={c} />
      <NoticesSection c={c} />
      <CaseDocuments c={c} />
      <TimelineSection caseId={c.id} />
    </>
  );
}

/** The current stage: who is responsible, what is missing, moving on, interrupting and resuming. */
function CurrentStage({ c, onReload }: { c: Case; onReload: () => void }) {
  const { t } = useTranslation();
  const updated = useCaseUpdated();
  const [refused, setRefused] = useState<MissingItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [moved, setMoved] = useState<Stage | null>(null);
  const [interrupting, setInterrupting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const refusedRef = useRef<HTMLDivElement>(null);
  const models = useQuery({ queryKey: ['process-models'], queryFn: casesApi.listProcessModels, staleTime: 60_000 });
  const regionName = models.data?.items.find((m) => m.regionId === c.regionId)?.regionName;
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // A refusal speaks of the case as it was: once the case changes, the missing list above is the truth.
  useEffect(() => setRefused(null), [c.version]);
  useLeaveGuard(interrupting && reason.trim() !== '');
  // After the commit that shows the refusal.
  useEffect(() => {
    if (refused) refusedRef.current?.focus();
  }, [refused]);
  // A refusal names the guards; the case read again (e.g. in another language) has their messages anew.
  const guardText = (m: MissingItem) => c.missing.find((x) => x.code === m.code)?.message ?? m.message;

  async function run(action: () => Promise<Case>, after?: (c: Case) => void) {
    setPending(true);
    setError(null);
    setRefused(null);
    setMoved(null);
    try {
      const next = await action();
      updated(next);
      after?.(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && (e.problem?.errors?.length ?? 0) > 0) {
        setRefused((e.problem?.errors ?? []).map((x) => ({ code: x.code, message: x.message })));
        onReload();  // the missing items are read again with who acts and where
      } else {
        setError(e);
        if (isStaleVersion(e)) onReload();
      }
    } finally {
      setPending(false);
    }
  }

  function moveOn() {
    if (!c.nextStage) return;
    const to = c.nextStage;
    void run(
      () => casesApi.transition(c.id, to, c.version),
      () => setMoved(to),
    );
  }

  function interrupt() {
    if (!reason.trim()) {
      setReasonError(t('validation.required'));
      reasonRef.current?.focus();
      return;
    }
    setReasonError('');
    void run(
      () => casesApi.interrupt(c.id, reason.trim(), c.version),
      () => {
        setInterrupting(false);
        setReason('');
      },
    );
  }

  const closed = c.stage === 'closed';
  return (
    <section className="panel" aria-labelledby="current-stage-heading" id="current-stage">
      <Heading variant="h2" id="current-stage-heading" mb="s">
        {t('case.currentStage', { stage: t(`stage.${c.stage}`) })}
      </Heading>
      <dl className="details-list">
        {regionName ? (
          <>
            <dt>{t('clientCases.region')}</dt>
            <dd id="case-region">{regionName}</dd>
          </>
        ) : null}
        <dt>{t('case.stageSince')}</dt>
        <dd>{formatDateTime(c.stageSince)}</dd>
        {/* A closed case has no responsible role (the API answers ""). */}
        {c.responsibleRole ? (
          <>
            <dt>{t('case.responsible')}</dt>
            <dd id="responsible-role">{responsibleText(t, c)}</dd>
          </>
        ) : null}
        {c.nextStage ? (
          <>
            <dt>{t('case.nextStage')}</dt>
            <dd>{t(`stage.${c.nextStage}`)}</dd>
          </>
        ) : null}
      </dl>
      {c.status === 'interrupted' ? (
        <Notification
          id="interrupted-notice"
          status="error"
          headingText={t('case.interruptedHeading')}
          headingVariant="h3"
          showCloseButton={false}
          mt="m"
        >
          {t('case.interruptedText', { reason: c.interruptionReason })}
        </Notification>
      ) : null}
      {!closed && c.nextStage ? (
        <div className="stack" style={{ marginTop: 20 }}>
          <div id="missing">
            <Heading variant="h3" mb="xs">
              {t('case.missingHeading', { stage: t(`stage.${c.nextStage}`) })}
            </Heading>
            {c.missing.length ? (
              <MissingList c={c} items={c.missing} id="missing-list" />
            ) : (
              <Paragraph>{t('case.nothingMissing')}</Paragraph>
            )}
          </div>
        </div>
      ) : null}
      <div ref={refusedRef} tabIndex={-1} id="transition-messages" style={{ marginTop: 15 }}>
        {refused ? (
          <Notification
            id="transition-refused"
            status="error"
            headingText={t('case.refusedHeading', { count: refused.length })}
            headingVariant="h3"
            showCloseButton={false}
            mb="m"
          >
            <ul className="guard-list">
              {refused.map((m) => (
                <li key={m.code + m.message}>{guardText(m)}</li>
              ))}
            </ul>
          </Notification>
        ) : null}
        {error ? <ErrorNotice error={error} /> : null}
        <p role="status" aria-live="polite" id="transition-status" className="saved-text">
          {moved ? t('case.moved', { stage: t(`stage.${moved}`) }) : ''}
        </p>
      </div>
      {!closed && c.access === 'edit' ? (
        <div className="form-actions">
          {c.nextStage ? (
            <Button onClick={moveOn} disabled={pending} id="move-next">
              {t('case.moveTo', { stage: t(`stage.${c.nextStage}`) })}
            </Button>
          ) : null}
          {c.status === 'active' && !interrupting ? (
            <Button variant="secondary" onClick={() => setInterrupting(true)} disabled={pending} id="interrupt">
              {t('case.interrupt')}
            </Button>
          ) : null}
          {c.status === 'interrupted' ? (
            <Button variant="secondary" onClick={() => void run(() => casesApi.resume(c.id, c.version))} disabled={pending} id="resume">
              {t('case.resume')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {interrupting ? (
        <form
          id="interrupt-form"
          className="stack"
          style={{ marginTop: 20 }}
          onSubmit={(e) => {
            e.preventDefault();
            interrupt();
          }}
          noValidate
        >
          <Textarea
            id="interrupt-reason"
            ref={reasonRef}
            labelText={t('case.interruptReason')}
            hintText={t('case.interruptHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            status={reasonError ? 'error' : 'default'}
            statusText={reasonError}
            fullWidth
          />
          <div className="form-actions">
            <Button type="submit" disabled={pending} id="interrupt-confirm">
              {t('case.interruptConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setInterrupting(false)} id="interrupt-cancel">
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
