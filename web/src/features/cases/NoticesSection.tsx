import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';

import type { Case, Notice, NoticeInput } from '../../shared/api/types';
import { FieldForm, toFormValues } from '../../shared/fieldForm';
import { NOTICE_FIELDS } from './stageFields';
import { useCaseUpdated } from './caseQueries';
import { formatDate } from '../../shared/format';
import { casesApi } from './api';

/** Notices to the chief shop steward and the employment authority, and a form to record one. */
export function NoticesSection({ c }: { c: Case }) {
  const { t, i18n } = useTranslation();
  // The printed notice in the UI's language: a link the browser follows sends its own Accept-Language.
  const pdfHref = (x: Notice) => `/api/v1/notices/${x.id}/pdf?lang=${i18n.resolvedLanguage ?? 'fi'}`;
  const updated = useCaseUpdated();
  const [open, setOpen] = useState(false);
  const [n, setN] = useState(0);

  const details = (x: Notice) => {
    if (x.kind !== 'employment_authority_interruption')
      return t('notices.startDetails', {
        start: formatDate(x.startDate),
        months: x.lengthMonths ?? '–',
        place: x.place,
        hours: x.hoursPerDay ?? '–',
        days: x.daysPerWeek ?? '–',
      });
    const code = x.interruptionCode ? t(`interruptionCode.${x.interruptionCode}`) : '';
    const reason = [code, x.interruptionReason].filter(Boolean).join(': ');
    return t('notices.interruptionDetails', { date: formatDate(x.interruptionDate), reason });
  };

  const initial = toFormValues(NOTICE_FIELDS, null);
  if (c.missingNotices.length) initial.kind = c.missingNotices[0];
  if (c.plan) {
    initial.startDate = formatDate(c.plan.startDate);
    initial.lengthMonths = c.plan.lengthMonths?.toString() ?? '';
    initial.hoursPerDay = c.plan.hoursPerDay?.toString() ?? '';
    initial.daysPerWeek = c.plan.daysPerWeek?.toString() ?? '';
  }

  return (
    <section className="panel" aria-labelledby="notices-heading" id="notices">
      <div className="page-head" style={{ marginBottom: 10 }}>
        <Heading variant="h2" id="notices-heading">
          {t('notices.heading')}
        </Heading>
        {!open && c.stage !== 'closed' && c.access === 'edit' ? (
          <Button variant="secondary" icon={<IconPlus />} onClick={() => setOpen(true)} id="new-notice">
            {t('notices.new')}
          </Button>
        ) : null}
      </div>
      {c.missingNotices.length ? (
        <Paragraph mb="s" id="missing-notices">
          {t('notices.missing', { list: c.missingNotices.map((k) => t(`noticeKind.${k}`)).join(', ') })}
        </Paragraph>
      ) : null}
      {c.notices.length ? (
        // A table wider than a phone scrolls in its frame, which keyboard users reach too (tabIndex, named region).
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('notices.heading')}>
          <table className="data-table" id="notice-table">
            <caption className="visually-hidden">{t('notices.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('notice.kind')}</th>
                <th scope="col">{t('notice.sentOn')}</th>
                <th scope="col">{t('notice.recipient')}</th>
                <th scope="col">{t('notices.details')}</th>
                <th scope="col">{t('notices.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {c.notices.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{t(`noticeKind.${x.kind}`)}</th>
                  <td>{formatDate(x.sentOn)}</td>
                  <td>{x.recipient}</td>
                  <td>{details(x)}</td>
                  <td>
                    <a
                      href={pdfHref(x)}
                      target="_blank"
                      rel="noopener"
                      id={`notice-${x.id}-pdf`}
                      aria-label={t('notices.pdfOf', { kind: t(`noticeKind.${x.kind}`), date: formatDate(x.sentOn) })}
                    >
                      {t('notices.pdf')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Paragraph>{t('notices.none')}</Paragraph>
      )}
      {open ? (
        <div style={{ marginTop: 20 }}>
          <FieldForm
            key={n}
            idPrefix="notice"
            heading={t('notices.formHeading')}
            fields={NOTICE_FIELDS}
            initial={initial}
            submitLabel={t('notices.save')}
            onSubmit={async (body) => {
              await casesApi.createNotice(c.id, body as unknown as NoticeInput);
              updated(await casesApi.getCase(c.id));
              setOpen(false);
              setN((x) => x + 1);
            }}
            extraActions={
              <Button variant="secondary" onClick={() => setOpen(false)} id="notice-cancel">
                {t('common.cancel')}
              </Button>
            }
          />
        </div>
      ) : null}
    </section>
  );
}
