import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { ApiError } from '../../shared/api/client';
import { ErrorNotice, Loading } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { useHashTarget } from '../../shared/hashTarget';
import { useCaseMeetings, type Meeting } from './api';
import { MeetingForm } from './MeetingForm';
import { MeetingItem, type MeetingAction } from './MeetingItem';
import { nowLocal, ordered } from './words';
import './texts';
import './meetings.css';

/** Meetings the user may not read (404 or 403) hide the section, as the other sections of the case do. */
const hidden = (e: unknown) => e instanceof ApiError && (e.status === 404 || e.status === 403);

type Open = { action: 'new' } | { action: MeetingAction; id: number } | null;

/**
 * The case page's "Välipalaverit": the meetings scheduled (soonest first), then those held or cancelled (newest
 * first), with the date by which the next one is due. Those who keep them (the server's mayKeep: the case's editors,
 * the provider taking part) schedule, change, record and cancel; the others read. One form is open at a time; it
 * gets the focus when it opens, and the focus goes back to where it was opened from when it closes.
 */
export default function CaseMeetings({ caseId }: { caseId: number }) {
  const { t } = useTranslation('meetings');
  const q = useCaseMeetings(caseId);
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<{ to: string; fallback: string } | null>(null);
  const opener = useRef('');
  useHashTarget(q.isSuccess);
  useEffect(() => {
    if (!focus) return;
    (document.getElementById(focus.to) ?? document.getElementById(focus.fallback))?.focus();
    setFocus(null);
  }, [focus]);
  if (q.isError && hidden(q.error)) return null;
  const data = q.data;

  const start = (next: Open, from: string) => {
    opener.current = from;
    setStatus('');
    setOpen(next);
  };
  /** A form closed: the message for the live region when it saved, the focus back (or to the meeting's heading). */
  const closed = (message: string, fallback: string) => {
    setOpen(null);
    setStatus(message);
    setFocus({ to: opener.current, fallback });
  };
  const { scheduled, closed: past } = ordered(data?.meetings ?? []);
  const item = (m: Meeting) => (
    <MeetingItem
      key={m.id}
      m={m}
      mayKeep={data?.mayKeep === true}
      candidates={data?.candidates ?? []}
      open={open && open.action !== 'new' && open.id === m.id ? open.action : null}
      onOpen={(action, from) => start({ action, id: m.id }, from)}
      onClosed={(message) => closed(message, `meeting-${m.id}-heading`)}
    />
  );

  return (
    <section className="panel" aria-labelledby="meetings-heading" id="meetings">
      <Heading variant="h2" id="meetings-heading" mb="s">
        {t('heading')}
      </Heading>
      {q.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {data ? (
        <>
          <Paragraph className="muted" mb="s">
            {t('intro')}
          </Paragraph>
          {data.nextDue ? (
            <p className="me-due" id="meetings-next-due">
              {t('nextDue', { date: formatDate(data.nextDue) })}
            </p>
          ) : null}
          {data.mayKeep && open?.action !== 'new' ? (
            <div className="form-actions me-schedule">
              <Button icon={<IconPlus />} id="meeting-new-open" onClick={() => start({ action: 'new' }, 'meeting-new-open')}>
                {t('actions.schedule')}
              </Button>
            </div>
          ) : null}
          {open?.action === 'new' ? (
            <MeetingForm
              caseId={caseId}
              idp="meeting-new"
              meeting={null}
              candidates={data.candidates}
              onDone={(m) =>
                closed(
                  m ? t(m.startsAt > nowLocal() ? 'form.scheduled' : 'form.scheduledPast') : '',
                  m ? `meeting-${m.id}-heading` : 'meetings-heading',
                )
              }
            />
          ) : null}
          <p role="status" aria-live="polite" className="saved-text me-status" id="meetings-status">
            {status}
          </p>
          {data.meetings.length === 0 ? <Paragraph id="meetings-none">{t('none')}</Paragraph> : null}
          {scheduled.length ? (
            <>
              <Heading variant="h3" id="meetings-scheduled-heading" mb="xs">
                {t('scheduledHeading')}
              </Heading>
              <ul className="pl-plain-list me-list" id="meetings-scheduled" aria-labelledby="meetings-scheduled-heading">
                {scheduled.map(item)}
              </ul>
            </>
          ) : null}
          {past.length ? (
            <>
              <Heading variant="h3" id="meetings-closed-heading" mb="xs">
                {t('closedHeading')}
              </Heading>
              <ul className="pl-plain-list me-list" id="meetings-closed" aria-labelledby="meetings-closed-heading">
                {past.map(item)}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
