import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';

import type { TimelineEntry } from '../../shared/api/types';
import { AppLink, ErrorNotice, Loading } from '../../shared/common';
import { useServiceTypes } from '../serviceTypes/serviceTypes';

/** The timeline's detail is a code for these actions; they are shown with these labels. */
const DETAIL_LABELS: Record<string, string> = {
  referral: 'referralSource',
  assessment: 'assessmentOutcome',
  plan: 'planKind',
  end: 'endReason',
  follow_up: 'followUpCategory',
  notice: 'noticeKind',
};
import { formatDateTime } from '../../shared/format';
import { casesApi } from './api';

/** Who did what and when, newest first. */
export function TimelineSection({ caseId }: { caseId: number }) {
  const { t, i18n } = useTranslation();
  const types = useServiceTypes();
  const q = useQuery({ queryKey: ['timeline', caseId], queryFn: () => casesApi.timeline(caseId) });
  const what = (e: TimelineEntry) => {
    const key = `timelineAction.${e.action}`;
    const base = i18n.exists(key) ? t(key) : e.action;
    if (e.action === 'transition' && e.fromStage && e.toStage)
      return t('timeline.transition', { from: t(`stage.${e.fromStage}`), to: t(`stage.${e.toStage}`) });
    return base;
  };
  const detail = (e: TimelineEntry) => {
    if (!e.detail) return null;
    if (e.action.startsWith('decision_') && /^\d+$/.test(e.detail))
      return (
        <>
          {' – '}
          <AppLink to={`/decisions/${e.detail}`}>{t('timeline.decisionLink', { id: e.detail })}</AppLink>
        </>
      );
    if (e.action === 'created') return <span className="muted"> – {types.name(e.detail as never)}</span>;
    if (e.action === 'follow_up' && e.detail === 'none') return <span className="muted"> – {t('followUp.none')}</span>;
    const prefix = DETAIL_LABELS[e.action];
    const key = prefix ? `${prefix}.${e.detail}` : '';
    return <span className="muted"> – {key && i18n.exists(key) ? t(key) : e.detail}</span>;
  };
  const items = [...(q.data?.items ?? [])].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return (
    <section className="panel" aria-labelledby="timeline-heading" id="timeline">
      <Heading variant="h2" id="timeline-heading" mb="s">
        {t('timeline.heading')}
      </Heading>
      {q.isPending ? <Loading text={t('common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.isSuccess && !items.length ? <Paragraph>{t('timeline.empty')}</Paragraph> : null}
      {items.length ? (
        <ol className="timeline" id="timeline-list" aria-label={t('timeline.listLabel', { count: items.length })}>
          {items.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.userName}
              <br />
              <span className="timeline__what">{what(e)}</span>
              {detail(e)}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
