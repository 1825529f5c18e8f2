// One absence notice to Kela or a fund: whose, which two weeks, to whom and by when, the days absent with their
// reasons in Kela's words, the days the service was not arranged, the PDF to print and sign, and the worker's button
// that records it as sent (its outcome announced by the page; a refusal shown here in the server's words).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ExternalLink, Heading, Notification, Paragraph } from 'suomifi-ui-components';
import { formatDate, formatDateTime } from '../../shared/format';
import { compensationApi, compensationKeys, fileLanguage, noticePdfUrl, type AbsenceNotice } from './api';
import { refusalMessages } from './refusal';
import { usePayerText } from './BatchTables';
import { noticeElementId, noticeHeadingId, replaceNotice } from './notices';

/** "2.3.2026–15.3.2026". */
export const windowText = (n: AbsenceNotice) => `${formatDate(n.windowFrom)}–${formatDate(n.windowTo)}`;

/** The states whose notice is sent now (a correction is sent again). */
const SENDABLE: ReadonlySet<AbsenceNotice['state']> = new Set(['to_send', 'late', 'changed_after_sending']);

/** Where the notice stands, in words (a badge's colour only repeats them). */
export function NoticeState({ notice: n }: { notice: AbsenceNotice }) {
  const { t } = useTranslation('compensation');
  const due = formatDate(n.due);
  const sent = { at: formatDateTime(n.sentAt), name: n.sentBy };
  switch (n.state) {
    case 'late':
      return <span className="badge badge--alert">{t('notices.state.late', { due })}</span>;
    case 'to_send':
      return <span className="badge badge--warn">{t('notices.state.to_send', { due })}</span>;
    case 'changed_after_sending':
      return (
        <>
          <span className="badge badge--alert">{t('notices.state.changed_after_sending')}</span>{' '}
          <span className="cm-line-note">{t('notices.state.previouslySent', sent)}</span>
        </>
      );
    case 'sent':
      return <span className="badge badge--ok">{t('notices.state.sent', sent)}</span>;
    case 'running':
      return <span className="badge">{t('notices.state.running', { to: formatDate(n.windowTo) })}</span>;
    case 'nothing_to_report':
      return <span className="badge">{t('notices.state.nothing_to_report')}</span>;
  }
}

export function NoticeCard({
  notice: n,
  organisationId,
  mayRecord,
  onSent,
  onRefused,
}: {
  notice: AbsenceNotice;
  organisationId: number;
  mayRecord: boolean;
  /** After the server recorded the sending: the page announces it and moves the focus to the notice. */
  onSent: (sent: AbsenceNotice) => void;
  /**
   * A refusal, also told to the page: reading the list again may move the notice to another group (e.g. sent
   * meanwhile by someone else), and the message shown here goes with the card it was in.
   */
  onRefused: (notice: AbsenceNotice, reason: string) => void;
}) {
  const { t, i18n } = useTranslation('compensation');
  const qc = useQueryClient();
  const payerText = usePayerText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const span = windowText(n);
  const headingId = noticeHeadingId(n);
  const which = t('notices.which', { client: n.clientName, window: span });

  async function markSent() {
    setPending(true);
    setError(null);
    try {
      const sent = await compensationApi.markSent(n.periodId, n.windowFrom);
      // Every range of the purchaser's notices that lists it (the list keeps its maySend).
      qc.setQueriesData(
        { queryKey: compensationKeys.notices(organisationId) },
        (old: { items: AbsenceNotice[]; maySend: boolean } | undefined) =>
          old ? { ...old, items: replaceNotice(old.items, sent) } : old,
      );
      // The own worker's task of the notice is settled (the tasks feature's key, written out as other features do).
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      onSent(sent);
    } catch (e) {
      setError(e);
      onRefused(n, refusalMessages(t, e).join(' '));
      // Someone may have sent it meanwhile, or its days changed: the list is read again.
      void qc.invalidateQueries({ queryKey: compensationKeys.notices(organisationId) });
    } finally {
      setPending(false);
    }
  }

  return (
    <article className="nt-notice" id={noticeElementId(n)} data-state={n.state} aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} tabIndex={-1} mb="xxs">
        {t('notices.heading', { client: n.clientName, window: span })}
      </Heading>
      <p className="nt-state" id={`${noticeElementId(n)}-state`}>
        <NoticeState notice={n} />
      </p>
      <dl className="nt-facts">
        <div>
          <dt>{t('notices.place')}</dt>
          <dd>{n.placeName}</dd>
        </div>
        <div>
          <dt>{t('notices.recipient')}</dt>
          <dd data-recipient={n.recipient}>{payerText(n.recipient, n.fundName)}</dd>
        </div>
        <div>
          <dt>{t('notices.due')}</dt>
          <dd>{formatDate(n.due)}</dd>
        </div>
      </dl>

      <Heading variant="h4" mt="s" mb="xxs">
        {t('notices.absences.heading')}
      </Heading>
      {n.absences.length === 0 ? (
        <Paragraph className="nt-absences-none">{t('notices.absences.none')}</Paragraph>
      ) : (
        <div className="table-wrap">
          <table className="data-table nt-absences">
            <caption className="visually-hidden">{t('notices.absences.caption', { which })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notices.absences.day')}</th>
                <th scope="col">{t('notices.absences.reason')}</th>
                <th scope="col">{t('notices.absences.benefit')}</th>
                <th scope="col">{t('notices.absences.remarks')}</th>
              </tr>
            </thead>
            <tbody>
              {n.absences.map((a) => (
                <tr key={a.day} data-day={a.day} data-category={a.category}>
                  <th scope="row">{formatDate(a.day)}</th>
                  <td>{t(`notices.category.${a.category}`)}</td>
                  <td>{a.benefitKept ? t('notices.absences.paid') : t('notices.absences.notPaid')}</td>
                  <td>
                    {[a.certificateNeeded ? t('notices.absences.certificate') : null, a.overLimit ? t('notices.absences.overLimit') : null]
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Heading variant="h4" mt="s" mb="xxs">
        {t('notices.notArranged.heading')}
      </Heading>
      {n.notArranged.length === 0 ? (
        <Paragraph className="nt-not-arranged-none">{t('notices.notArranged.none')}</Paragraph>
      ) : (
        <ul className="cm-list nt-not-arranged">
          {n.notArranged.map((d) => (
            <li key={d.day} data-day={d.day} data-why={d.why}>
              {t('notices.notArranged.item', { day: formatDate(d.day), why: t(`notices.notArranged.${d.why}`) })}
            </li>
          ))}
        </ul>
      )}

      {error ? (
        <Notification
          status="error"
          id={`${noticeElementId(n)}-error`}
          headingText={t('notices.failed')}
          headingVariant="h4"
          showCloseButton={false}
          mt="s"
        >
          <ul className="cm-list">
            {refusalMessages(t, error).map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </Notification>
      ) : null}

      <div className="nt-actions">
        <ExternalLink
          href={noticePdfUrl(n.periodId, n.windowFrom, fileLanguage(i18n.language))}
          labelNewWindow={t('notices.newWindow')}
          id={`${noticeElementId(n)}-pdf`}
          className="nt-pdf"
        >
          {t('notices.pdf')}
          <span className="visually-hidden">: {which}</span>
        </ExternalLink>
        {mayRecord && SENDABLE.has(n.state) ? (
          <Button
            id={`${noticeElementId(n)}-send`}
            className="nt-send"
            variant={n.state === 'changed_after_sending' ? 'secondary' : 'default'}
            disabled={pending}
            onClick={() => void markSent()}
          >
            {pending ? t('notices.marking') : n.state === 'changed_after_sending' ? t('notices.markSentAgain') : t('notices.markSent')}
            <span className="visually-hidden">: {which}</span>
          </Button>
        ) : null}
      </div>
    </article>
  );
}
