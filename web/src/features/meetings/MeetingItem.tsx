// One meeting of the list: when, how long, where, the agenda, who takes part (and whether an e-mail invitation
// reaches them, or who attended once held), the notes and the next meeting's date, or the reason it was cancelled;
// the actions of those who keep the meetings and the form of the one chosen.
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { IconClose, IconEdit, IconCheck } from 'suomifi-icons';
import { formatDate } from '../../shared/format';
import type { Meeting, MeetingCandidate, MeetingParticipant } from './api';
import { CancelForm } from './CancelForm';
import { MeetingForm } from './MeetingForm';
import { RecordForm } from './RecordForm';
import { dayOf, durationText, mayRecordYet, nowLocal, whenText } from './words';

export type MeetingAction = 'change' | 'record' | 'cancel';

const BADGE: Record<Meeting['state'], string> = { scheduled: '', held: 'badge--ok', cancelled: 'badge--warn' };

export function MeetingItem({
  m,
  mayKeep,
  candidates,
  open,
  onOpen,
  onClosed,
}: {
  m: Meeting;
  mayKeep: boolean;
  candidates: readonly MeetingCandidate[];
  open: MeetingAction | null;
  /** An action chosen, with the id of the button it was chosen by (the focus goes back there). */
  onOpen: (action: MeetingAction, from: string) => void;
  /** The form closed: the status message when it saved, '' when closed without saving. */
  onClosed: (message: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const idp = `meeting-${m.id}`;
  const upcoming = m.state === 'scheduled' && m.startsAt > nowLocal();
  const toRecord = m.state === 'scheduled' && !upcoming;
  const state = toRecord ? 'toRecord' : m.state;
  const action = (a: MeetingAction) => `${idp}-${a}`;
  const participant = (p: MeetingParticipant) => {
    let how = '';
    if (m.state === 'held' && p.attended !== null) how = t(p.attended ? 'attended.yes' : 'attended.no');
    else if (upcoming) how = p.hasEmail ? (p.email ? t('invite.emailTo', { email: p.email }) : t('invite.email')) : t('invite.none');
    return (
      <li key={p.id} data-role={p.role} data-attended={p.attended === null ? undefined : String(p.attended)} id={`${idp}-participant-${p.id}`}>
        <span className="me-person">{p.name}</span>, {t(`role.${p.role}`)}
        {how ? <span className={!p.hasEmail && upcoming ? 'me-how me-how--none' : 'me-how'}> – {how}</span> : null}
      </li>
    );
  };
  return (
    <li className="me-item" id={idp} data-state={m.state}>
      <div className="me-head">
        <Heading variant="h4" id={`${idp}-heading`} tabIndex={-1}>
          {whenText(t, m)}
        </Heading>
        <span className={`badge ${BADGE[m.state]}`} id={`${idp}-state`}>
          {t(`state.${state}`)}
        </span>
      </div>
      <dl className="details-list me-facts">
        <dt>{t('facts.duration')}</dt>
        <dd id={`${idp}-duration`}>{durationText(m.minutes)}</dd>
        <dt>{t('facts.location')}</dt>
        <dd id={`${idp}-location`}>{m.location}</dd>
        {m.agenda ? (
          <>
            <dt>{t('facts.agenda')}</dt>
            <dd id={`${idp}-agenda`} className="me-text">
              {m.agenda}
            </dd>
          </>
        ) : null}
        <dt>{t('facts.organizer')}</dt>
        <dd>{m.organizerName}</dd>
        {m.state === 'held' ? (
          <>
            <dt>{t('facts.notes')}</dt>
            <dd id={`${idp}-notes`} className="me-text">
              {m.notes}
            </dd>
            {m.nextMeetingOn ? (
              <>
                <dt>{t('facts.next')}</dt>
                <dd id={`${idp}-next`}>{formatDate(m.nextMeetingOn)}</dd>
              </>
            ) : null}
          </>
        ) : null}
        {m.state === 'cancelled' ? (
          <>
            <dt>{t('facts.reason')}</dt>
            <dd id={`${idp}-reason`} className="me-text">
              {m.cancelReason}
            </dd>
          </>
        ) : null}
      </dl>
      <Heading variant="h5" as="h5" id={`${idp}-participants-heading`} mb="xxs" mt="s">
        {t('facts.participants')}
      </Heading>
      <ul className="me-participants" id={`${idp}-participants`} aria-labelledby={`${idp}-participants-heading`}>
        {m.participants.map(participant)}
      </ul>
      {mayKeep && m.state === 'scheduled' && !open ? (
        <>
          {toRecord ? <p className="me-note">{t('toRecord')}</p> : null}
          {!mayRecordYet(m) ? (
            <p className="me-note muted" id={`${idp}-record-later`}>
              {t('recordLater', { date: formatDate(dayOf(m.startsAt)) })}
            </p>
          ) : null}
          <div className="form-actions me-actions">
            {mayRecordYet(m) ? (
              <Button icon={<IconCheck />} id={action('record')} aria-describedby={`${idp}-heading`} onClick={() => onOpen('record', action('record'))}>
                {t('actions.record')}
              </Button>
            ) : null}
            <Button
              variant="secondary"
              icon={<IconEdit />}
              id={action('change')}
              aria-describedby={`${idp}-heading`}
              onClick={() => onOpen('change', action('change'))}
            >
              {t('actions.change')}
            </Button>
            <Button
              variant="secondary"
              icon={<IconClose />}
              id={action('cancel')}
              aria-describedby={`${idp}-heading`}
              onClick={() => onOpen('cancel', action('cancel'))}
            >
              {t('actions.cancel')}
            </Button>
          </div>
        </>
      ) : null}
      {open === 'change' ? (
        <MeetingForm
          caseId={m.caseId}
          idp={`${idp}-edit`}
          meeting={m}
          candidates={candidates}
          onDone={(saved) => onClosed(saved ? t(saved.startsAt > nowLocal() ? 'form.changed' : 'form.changedPast') : '')}
        />
      ) : null}
      {open === 'record' ? <RecordForm meeting={m} idp={`${idp}-record`} onDone={(saved) => onClosed(saved ? t('record.saved') : '')} /> : null}
      {open === 'cancel' ? (
        <CancelForm meeting={m} idp={`${idp}-cancelling`} onDone={(saved) => onClosed(saved ? t(upcoming ? 'cancel.saved' : 'cancel.savedPast') : '')} />
      ) : null}
    </li>
  );
}
