import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from 'suomifi-ui-components';
import { AppLink, ErrorNotice, Loading, PageTitle, errorText } from '../../shared/common';
import { formatDate, todayIso } from '../../shared/format';
import { useDayList, useMarkQueue } from './api';
import { DayCard } from './DayCard';
import { groupKeys, groupsApi } from './groupsApi';
import { mark } from './markSync';
import { addDays, mondayOf } from './week';
import './attendance.css';
import './moreTexts';

/**
 * A group's session on one screen: each participant's day as their own period expects it, marked like any day
 * (the same record, kept on the phone without a connection), "everyone present" for the rest, and the participants.
 */
export default function GroupPage() {
  const { t } = useTranslation('attendanceMore');
  const id = Number(useParams().id);
  const [date, setDate] = useState(todayIso());
  const group = useQuery({ queryKey: groupKeys.one(id), queryFn: () => groupsApi.read(id) });
  const session = useQuery({ queryKey: groupKeys.session(id, date), queryFn: () => groupsApi.session(id, date) });
  const marks = useMarkQueue();
  if (group.isPending) return <Loading text={t('common.loading', { ns: 'translation' })} />;
  if (group.isError) return <ErrorNotice error={group.error} />;
  const g = group.data;
  const queued = (periodId: number, day: string) =>
    marks.find((m) => m.periodId === periodId && m.day === day && m.state === 'pending');
  const open = (session.data?.items ?? []).filter((d) => !d.record && !queued(d.periodId, d.date));
  return (
    <div className="sv-page">
      <p>
        <AppLink to="/my-places">{t('groups.back')}</AppLink>
      </p>
      <PageTitle title={g.name}>{g.name}</PageTitle>
      <p>
        {g.placeName}
        {g.instructorName ? ` · ${t('groups.instructor', { name: g.instructorName })}` : ''}
      </p>
      <section aria-labelledby="session-heading">
        <Heading variant="h2" id="session-heading" mb="s">
          {t('groups.session', { date: formatDate(date) })}
        </Heading>
        <div className="at-actions">
          <button type="button" className="at-button" onClick={() => setDate(addDays(date, -1))}>
            {t('groups.previousDay')}
          </button>
          {date < todayIso() ? (
            <button type="button" className="at-button" onClick={() => setDate(addDays(date, 1))}>
              {t('groups.nextDay')}
            </button>
          ) : null}
        </div>
        {session.isError ? <ErrorNotice error={session.error} /> : null}
        {session.data && session.data.items.length === 0 ? <p id="session-none">{t('groups.nobody')}</p> : null}
        <ul className="at-list">
          {(session.data?.items ?? []).map((d) => (
            <DayCard key={`${d.periodId}-${d.date}`} item={d} queued={queued(d.periodId, d.date)} />
          ))}
        </ul>
        {open.length > 0 ? (
          <button
            type="button"
            className="at-button at-primary"
            id="all-present"
            onClick={() => {
              for (const d of open) void mark(d.periodId, d.date, d.clientName, { status: 'present', minutes: d.expectedMinutes });
            }}
          >
            {t('groups.allPresent', { count: open.length })}
          </button>
        ) : null}
      </section>
      <Members groupId={id} placeId={g.placeId} members={g.members} />
    </div>
  );
}

function Members({ groupId, placeId, members }: { groupId: number; placeId: number; members: { periodId: number; clientName: string }[] }) {
  const { t } = useTranslation('attendanceMore');
  const qc = useQueryClient();
  const today = todayIso();
  // The clients at the place this week and last are those who may join.
  const week = useDayList(addDays(mondayOf(today), -7), today);
  const [choice, setChoice] = useState('');
  const [problem, setProblem] = useState('');
  const candidates = [
    ...new Map(
      (week.data?.items ?? [])
        .filter((d) => d.placeId === placeId && !members.some((m) => m.periodId === d.periodId))
        .map((d) => [d.periodId, d.clientName]),
    ).entries(),
  ];
  const change = async (run: () => Promise<unknown>) => {
    try {
      await run();
      setProblem('');
      setChoice('');
      await qc.invalidateQueries({ queryKey: ['attendance', 'groups'] });
    } catch (e) {
      setProblem(errorText(t, e));
    }
  };
  return (
    <section aria-labelledby="members-heading">
      <Heading variant="h2" id="members-heading" mb="s">
        {t('groups.participants')}
      </Heading>
      <ul className="at-list">
        {members.map((m) => (
          <li key={m.periodId} className="at-card">
            <span className="at-name" id={`member-${m.periodId}`}>
              {m.clientName}
            </span>{' '}
            <button
              type="button"
              className="at-button at-link"
              aria-describedby={`member-${m.periodId}`}
              onClick={() => void change(() => groupsApi.removeMember(groupId, m.periodId))}
            >
              {t('groups.remove')}
            </button>
          </li>
        ))}
      </ul>
      {candidates.length > 0 ? (
        <form
          className="at-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) void change(() => groupsApi.addMember(groupId, Number(choice)));
          }}
        >
          <label className="at-field">
            {t('groups.add')}
            <select id="group-add" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t('groups.choose')}</option>
              {candidates.map(([periodId, name]) => (
                <option key={periodId} value={periodId}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="at-button" disabled={!choice} id="group-add-save">
            {t('groups.addSave')}
          </button>
        </form>
      ) : null}
      {problem ? (
        <p className="at-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
