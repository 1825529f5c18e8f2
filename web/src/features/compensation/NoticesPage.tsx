import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Expander, ExpanderContent, ExpanderTitleButton, Heading, Paragraph } from 'suomifi-ui-components';
import { useAuth } from '../../shared/auth';
import { ApiError } from '../../shared/api/client';
import { ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { useHashTarget } from '../../shared/hashTarget';
import { compensationOrganisations } from './access';
import { compensationApi, compensationKeys, type AbsenceNotice, type DayRange } from './api';
import { CompensationNav, OrganisationChoice } from './CompensationNav';
import { NoticeCard, NoticeState, windowText } from './NoticeCard';
import { defaultNoticeRange, NoticeRange, noticeRangeOf } from './NoticeRange';
import { groupNotices, noticeElementId, noticeHeadingId } from './notices';
import './texts';
import './compensation.css';

/**
 * "Poissaoloilmoitukset": the absence notices of a purchaser's KTT clients whose benefit comes from Kela or an
 * unemployment fund (`?org=`), two weeks each, over the days chosen (`?from=&to=`, by default the last eight weeks):
 * those to send (the late ones first), those sent, and below the two weeks still running or with nothing to report. A social worker or instructor prints the
 * PDF, signs and sends it, and records it here as sent; a manager reads. A task's link lands on its notice's heading.
 */
export default function NoticesPage() {
  const { t } = useTranslation('compensation');
  const { me } = useAuth();
  const organisations = compensationOrganisations(me);
  const [params, setParams] = useSearchParams();
  const organisation = organisations.find((o) => o.id === Number(params.get('org'))) ?? organisations[0];
  const orgId = organisation?.id ?? 0;
  const range = noticeRangeOf(params);
  const shown = range ?? defaultNoticeRange();
  const [status, setStatus] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);

  const notices = useQuery({
    queryKey: compensationKeys.notices(orgId, range ?? undefined),
    queryFn: () => compensationApi.notices(orgId, range ?? undefined),
    enabled: orgId > 0,
  });
  useHashTarget(notices.data !== undefined);
  // Who records sending is the server's to say (its social workers and instructors, not its managers).
  const mayRecord = notices.data?.maySend ?? false;

  // After a sending the notice moves to "Lähetetyt": the focus follows it, as its button is gone.
  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId);
    if (el) {
      el.focus();
      setFocusId(null);
    }
  }, [focusId, notices.data]);

  const onSent = (n: AbsenceNotice) => {
    setStatus(t('notices.marked', { which: t('notices.which', { client: n.clientName, window: windowText(n) }) }));
    setFocusId(noticeHeadingId(n));
  };
  const onRefused = (n: AbsenceNotice, reason: string) =>
    setStatus(t('notices.refused', { which: t('notices.which', { client: n.clientName, window: windowText(n) }), reason }));
  const choose = (id: number) => {
    const next = new URLSearchParams(params);
    next.set('org', String(id));
    setParams(next);
    setStatus('');
  };
  const show = (r: DayRange) => {
    const next = new URLSearchParams(params);
    next.set('from', r.from);
    next.set('to', r.to);
    setParams(next);
    setStatus('');
  };
  // A range the server refuses (e.g. longer than a year) is explained at its fields.
  const refused = notices.error instanceof ApiError && notices.error.status === 422 ? notices.error.fieldErrors() : null;

  const groups = notices.data ? groupNotices(notices.data.items) : null;
  return (
    <>
      <PageTitle title={t('notices.title')}>{t('notices.title')}</PageTitle>
      <CompensationNav current="notices" organisationId={organisation?.id} />
      <Paragraph mb="s">{t('notices.intro')}</Paragraph>
      {notices.data && !mayRecord ? (
        <Paragraph mb="m" id="notices-who-records">
          {t('notices.whoRecords')}
        </Paragraph>
      ) : null}
      <OrganisationChoice organisations={organisations} value={organisation?.id} onChange={choose} />
      <NoticeRange key={`${shown.from}|${shown.to}`} shown={shown} serverErrors={refused ?? {}} onApply={show} />
      {notices.data ? (
        <Paragraph mb="m" id="notices-range-shown">
          {t('notices.range.shown', { from: formatDate(shown.from), to: formatDate(shown.to) })}
        </Paragraph>
      ) : null}
      {/* Always there, so that a message put in it is read out. */}
      <p role="status" aria-live="polite" id="notice-status" className="saved-text nt-status">
        {status}
      </p>
      {notices.isPending && orgId > 0 ? <Loading text={t('translation:common.loading')} /> : null}
      {notices.isError && !refused ? <ErrorNotice error={notices.error} /> : null}
      {groups ? (
        <>
          <section className="panel" id="notices-to-send" aria-labelledby="notices-to-send-heading">
            <Heading variant="h2" id="notices-to-send-heading" mb="s">
              {t('notices.toSend.heading', { count: groups.toSend.length })}
            </Heading>
            <NoticeList
              notices={groups.toSend}
              none={t('notices.toSend.none')}
              organisationId={orgId}
              mayRecord={mayRecord}
              onSent={onSent}
              onRefused={onRefused}
              listId="notices-to-send-list"
            />
          </section>
          <section className="panel" id="notices-sent" aria-labelledby="notices-sent-heading">
            <Heading variant="h2" id="notices-sent-heading" mb="s">
              {t('notices.sent.heading', { count: groups.sent.length })}
            </Heading>
            <NoticeList
              notices={groups.sent}
              none={t('notices.sent.none')}
              organisationId={orgId}
              mayRecord={mayRecord}
              onSent={onSent}
              onRefused={onRefused}
              listId="notices-sent-list"
            />
          </section>
          {groups.others.length > 0 ? <OtherNotices notices={groups.others} /> : null}
        </>
      ) : null}
    </>
  );
}

function NoticeList({
  notices,
  none,
  listId,
  ...card
}: {
  notices: AbsenceNotice[];
  none: string;
  listId: string;
  organisationId: number;
  mayRecord: boolean;
  onSent: (n: AbsenceNotice) => void;
  onRefused: (n: AbsenceNotice, reason: string) => void;
}) {
  if (notices.length === 0) return <Paragraph id={`${listId}-none`}>{none}</Paragraph>;
  return (
    <ul className="nt-list" id={listId}>
      {notices.map((n) => (
        <li key={noticeElementId(n)}>
          <NoticeCard notice={n} {...card} />
        </li>
      ))}
    </ul>
  );
}

/** The two weeks still running and those with nothing to report: a short list, closed at first. */
function OtherNotices({ notices }: { notices: AbsenceNotice[] }) {
  const { t } = useTranslation('compensation');
  return (
    <section className="panel" id="notices-others" aria-label={t('notices.others.label')}>
      <Expander id="notices-others-expander">
        <ExpanderTitleButton asHeading="h2">{t('notices.others.heading', { count: notices.length })}</ExpanderTitleButton>
        <ExpanderContent>
          <Paragraph mb="s">{t('notices.others.intro')}</Paragraph>
          <ul className="cm-list" id="notices-others-list">
            {notices.map((n) => (
              <li key={noticeElementId(n)} id={noticeElementId(n)} data-state={n.state}>
                <strong>{n.clientName}</strong>, {n.placeName}: {formatDate(n.windowFrom)}–{formatDate(n.windowTo)}{' '}
                <NoticeState notice={n} />
                {n.state === 'running' && n.absences.length > 0 ? (
                  <span className="cm-line-note">{t('notices.others.absencesSoFar', { count: n.absences.length })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </ExpanderContent>
      </Expander>
    </section>
  );
}
