import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph, SearchInput } from 'suomifi-ui-components';

import { STAGES, type DueItem } from '../../shared/api/types';
import { isCoach, isManager, isWorker, useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { ManagerPanel } from '../registry/ManagerPanel';
import { formatDate } from '../../shared/format';
import { myWorkApi } from './api';
import { CaseTable } from '../cases/CaseTable';
import { TasksSection } from '../tasks/TasksSection';
import { TodayAttendance, WeekAttendance } from '../attendance/AttendanceSections';
import { CalendarLink } from '../attendance/CalendarLink';
import FollowedGuidance from '../guidance/FollowedGuidance';

/**
 * The start page of everyone who can have tasks: first what waits for them. Social workers, instructors and managers
 * then see their due items and cases by stage (GET /api/v1/my-work); coaches their clients' days of this week; both
 * the guidance windows of the periods they follow.
 */
export default function MyWorkPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const readsOwnCases = isWorker(me);

  return (
    <>
      <PageTitle title={t('myWork.title')}>{t('myWork.title')}</PageTitle>
      {me ? (
        <Paragraph mb="m">
          {t(readsOwnCases ? 'myWork.greeting' : 'myWork.greetingTasks', { name: me.user.displayName })}
        </Paragraph>
      ) : null}
      <TasksSection />
      {/* The guidance windows of the periods they coach or whose client is their own. */}
      {isCoach(me) || readsOwnCases ? <FollowedGuidance /> : null}
      {/* A coach's clients at their places: today's and this week's days, marked like a supervisor's. */}
      {isCoach(me) ? (
        <>
          <TodayAttendance />
          <WeekAttendance />
          <CalendarLink />
        </>
      ) : null}
      {readsOwnCases ? <OwnCases /> : null}
    </>
  );
}

/** The client search, a manager's panel, what is due and the user's cases by stage. */
function OwnCases() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [text, setText] = useState('');
  const q = useQuery({ queryKey: ['my-work'], queryFn: myWorkApi.myWork });

  function search(v: string) {
    const s = v.trim();
    navigate(s ? `/clients?q=${encodeURIComponent(s)}` : '/clients');
  }

  // Overdue first, then by date.
  const due = [...(q.data?.due ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date),
  );
  const groups = [...(q.data?.stages ?? [])]
    .filter((g) => g.cases.length > 0)
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const dueText = (d: DueItem) => t(`dueKind.${d.kind}`, { date: formatDate(d.date) });

  return (
    <>
      {isManager(me) ? <ManagerPanel /> : null}
      <form
        role="search"
        aria-label={t('clients.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          search(text);
        }}
        style={{ marginBottom: 25 }}
      >
        <SearchInput
          id="my-work-search"
          labelText={t('clients.searchLabel')}
          visualPlaceholder={t('clients.searchPlaceholder')}
          clearButtonLabel={t('clients.searchClear')}
          searchButtonLabel={t('clients.searchButton')}
          value={text}
          onChange={(v) => setText(String(v ?? ''))}
          onSearch={(v) => search(String(v ?? ''))}
          fullWidth
        />
      </form>
      {q.isPending ? <Loading text={t('common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.isSuccess ? (
        <>
          <section className="panel" aria-labelledby="due-heading" id="due">
            <Heading variant="h2" id="due-heading" mb="s">
              {t('myWork.dueHeading')}
            </Heading>
            {due.length ? (
              <ul className="due-list" id="due-list">
                {due.map((d) => (
                  <li key={`${d.caseId}-${d.kind}`}>
                    <span className={`badge ${d.overdue ? 'badge--alert' : 'badge--warn'}`}>
                      {d.overdue ? t('myWork.overdue') : t('myWork.dueSoon')}
                    </span>{' '}
                    <AppLink to={`/cases/${d.caseId}`}>{d.clientName}</AppLink>: {dueText(d)}
                  </li>
                ))}
              </ul>
            ) : (
              <Paragraph id="nothing-due">{t('myWork.nothingDue')}</Paragraph>
            )}
          </section>
          <section aria-labelledby="by-stage-heading" id="by-stage">
            <Heading variant="h2" id="by-stage-heading" mb="s">
              {t('myWork.byStageHeading')}
            </Heading>
            {groups.length === 0 ? <Paragraph>{t('myWork.noCases')}</Paragraph> : null}
            {groups.map((g) => (
              <section key={g.stage} className="panel" aria-labelledby={`stage-${g.stage}-heading`} data-stage={g.stage}>
                <Heading variant="h3" id={`stage-${g.stage}-heading`} mb="s">
                  {t(`stage.${g.stage}`)} ({g.cases.length})
                </Heading>
                <CaseTable
                  cases={g.cases}
                  columns={['client', 'serviceType', 'stageSince', 'responsible', 'status']}
                  caption={t('myWork.stageCaption', { stage: t(`stage.${g.stage}`) })}
                />
              </section>
            ))}
          </section>
        </>
      ) : null}
    </>
  );
}
