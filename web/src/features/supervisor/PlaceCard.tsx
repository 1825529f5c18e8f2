import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { AppLink, ErrorNotice, Loading } from '../../shared/common';
import { formatDate, showTime } from '../../shared/format';
import { usePlaceBookings, usePlaceVisits, type Place } from './api';
import { clientsAtPlace, comingVisits, daysBetween, weekdayOf } from './placeLists';

/** What one part of a place card gets: the place and today (ISO, Helsinki). */
export interface PlacePartProps {
  place: Place;
  today: string;
}

/**
 * The parts of a place card, in order. Each is its own component with its own query, so that a part about today's
 * attendance (the attendance issue) is one more entry here.
 */
const PLACE_PARTS: readonly { key: string; Part: ComponentType<PlacePartProps> }[] = [
  { key: 'clients', Part: PlaceClients },
  { key: 'visits', Part: PlaceVisits },
];

/**
 * One place as a card: its name (the link to the place's page), address and hours, then its parts. No link leads to
 * a client or a case: a supervisor cannot open those.
 */
export function PlaceCard({ place, today }: PlacePartProps) {
  const { t } = useTranslation('supervisor');
  const headingId = `place-${place.id}-heading`;
  return (
    <section className="panel sv-place" aria-labelledby={headingId} id={`place-${place.id}`} data-place-id={place.id}>
      <Heading variant="h3" id={headingId} mb="xs">
        <AppLink to={`/places/${place.id}`}>{place.name}</AppLink>
      </Heading>
      {place.status !== 'open' ? (
        <Paragraph mb="xs">
          <span className={`pl-status pl-status--${place.status}`}>{t(`placements:status.${place.status}`)}</span>
        </Paragraph>
      ) : null}
      <dl className="sv-facts">
        <dt>{t('place.address')}</dt>
        <dd>{[place.streetAddress, place.municipality].filter(Boolean).join(', ')}</dd>
        <dt>{t('place.hours')}</dt>
        <dd>
          {place.weekdays.map((d) => t(`placements:weekdayShort.${d}`)).join(' ')} {showTime(place.startTime)}–
          {showTime(place.endTime)}
        </dd>
      </dl>
      {PLACE_PARTS.map(({ key, Part }) => (
        <Part key={key} place={place} today={today} />
      ))}
    </section>
  );
}

/** The clients working at the place and those starting within 14 days, by start date. */
function PlaceClients({ place, today }: PlacePartProps) {
  const { t } = useTranslation('supervisor');
  const q = usePlaceBookings(place.id);
  const headingId = `place-${place.id}-clients`;
  const clients = q.isSuccess ? clientsAtPlace(q.data.items, today) : [];
  return (
    <div className="sv-part" aria-labelledby={headingId} role="group">
      <Heading variant="h4" id={headingId} mb="xs">
        {t('clients.heading')}
      </Heading>
      {q.isPending ? <Loading text={t('common.loading', { ns: 'translation' })} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.isSuccess && clients.length === 0 ? <Paragraph className="muted">{t('clients.empty')}</Paragraph> : null}
      {clients.length > 0 ? (
        <ul className="sv-list" id={`place-${place.id}-client-list`}>
          {clients.map(({ booking: b, state }) => (
            <li key={b.id} data-state={state}>
              <strong>{b.clientName}</strong>
              <div>
                {state === 'starting' ? (
                  <>
                    <span className="badge badge--warn">{t('clients.startingBadge')}</span>{' '}
                    {formatDate(b.startDate)}{' '}
                    <span className="muted">({t('clients.inDays', { count: daysBetween(today, b.startDate) })})</span>
                  </>
                ) : b.endDate ? (
                  t('clients.workingUntil', { start: formatDate(b.startDate), end: formatDate(b.endDate) })
                ) : (
                  t('clients.working', { start: formatDate(b.startDate) })
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The introductory visits of today and later, with their day and time. */
function PlaceVisits({ place, today }: PlacePartProps) {
  const { t } = useTranslation('supervisor');
  const q = usePlaceVisits(place.id);
  const headingId = `place-${place.id}-visits`;
  const visits = q.isSuccess ? comingVisits(q.data.items, today) : [];
  return (
    <div className="sv-part" aria-labelledby={headingId} role="group">
      <Heading variant="h4" id={headingId} mb="xs">
        {t('visits.heading')}
      </Heading>
      {q.isPending ? <Loading text={t('common.loading', { ns: 'translation' })} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.isSuccess && visits.length === 0 ? <Paragraph className="muted">{t('visits.empty')}</Paragraph> : null}
      {visits.length > 0 ? (
        <ul className="sv-list" id={`place-${place.id}-visit-list`}>
          {visits.map((v) => (
            <li key={v.id} data-outcome={v.outcome}>
              <div>
                {v.visitDate === today ? (
                  <>
                    <span className="badge">{t('visits.today')}</span>{' '}
                  </>
                ) : null}
                <strong>
                  {t('visits.when', {
                    weekday: t(`placements:weekdayShort.${weekdayOf(v.visitDate)}`),
                    date: formatDate(v.visitDate),
                    time: showTime(v.visitTime),
                  })}
                </strong>
              </div>
              <div>{v.clientName}</div>
              {v.accompaniedBy ? <div className="muted">{t('visits.accompaniedBy', { who: v.accompaniedBy })}</div> : null}
              {v.outcome !== 'pending' ? (
                <div>
                  <span className={`badge ${v.outcome === 'cancelled' ? 'badge--alert' : 'badge--ok'}`}>
                    {t('visits.outcome', { outcome: t(`placements:outcome.${v.outcome}`) })}
                  </span>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
