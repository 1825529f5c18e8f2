import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { Case } from '../../shared/api/types';
import { AppLink, ErrorNotice } from '../../shared/common';
import { formatDate, todayIso } from '../../shared/format';
import { registryApi } from '../registry/api';
import { type ClientAgreement, bookingsApi } from './api';

/** The parties whose acknowledgements the work needs (the server's kRequiredAcknowledgements). */
const REQUIRED = ['client', 'purchaser', 'host'] as const;

/**
 * On the case page, while the work is being started or done: the case's place (its bookings) and the client
 * agreements in force with each party's acknowledgement, so the case shows where it stands without a visit
 * to the client page. The full lists and their forms stay on the client page.
 */
export function CasePlacementSummary({ c }: { c: Case }) {
  const { t } = useTranslation('placements');
  const shown = c.access === 'edit' && ['plan', 'start', 'implementation'].includes(c.stage);
  const bookings = useQuery({
    queryKey: ['bookings', c.clientId],
    queryFn: () => bookingsApi.listClientBookings(c.clientId),
    enabled: shown,
  });
  const agreements = useQuery({
    queryKey: ['client-agreements', c.clientId],
    queryFn: () => bookingsApi.listClientAgreements(c.clientId),
    enabled: shown,
  });
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces(), enabled: shown });
  if (!shown) return null;
  const today = todayIso();
  const nameOf = (id: number) => places.data?.items.find((p) => p.id === id)?.name ?? t('agreement.placeN', { id });
  const caseBookings = (bookings.data?.items ?? []).filter(
    (b) => (b.caseId === c.id || b.caseId === null) && (b.endDate === null || b.endDate >= today),
  );
  const inForce = (agreements.data?.items ?? []).filter((a) => a.nextId === null && a.endDate >= today);
  return (
    <section className="panel" aria-labelledby="case-placement-heading" id="case-placement">
      <Heading variant="h2" id="case-placement-heading" mb="s">
        {t('casePlacement.heading')}
      </Heading>
      {bookings.isError ? <ErrorNotice error={bookings.error} /> : null}
      {agreements.isError ? <ErrorNotice error={agreements.error} /> : null}
      <Heading variant="h3" mb="xs">
        {t('clientPlacement.bookings')}
      </Heading>
      {bookings.isSuccess && caseBookings.length === 0 ? (
        <Paragraph mb="s" id="case-no-booking">
          {t('casePlacement.noBooking')}
        </Paragraph>
      ) : (
        <ul className="pl-plain-list" id="case-booking-list">
          {caseBookings.map((b) => (
            <li key={b.id}>
              {t('clientPlacement.bookingTitle', {
                place: nameOf(b.placeId),
                start: formatDate(b.startDate),
                end: b.endDate ? formatDate(b.endDate) : t('clientPlacement.openEnded'),
              })}
            </li>
          ))}
        </ul>
      )}
      <Heading variant="h3" mb="xs" mt="s">
        {t('clientPlacement.agreements')}
      </Heading>
      {agreements.isSuccess && inForce.length === 0 ? (
        <Paragraph mb="s" id="case-no-agreement">
          {t('casePlacement.noAgreement')}
        </Paragraph>
      ) : (
        <ul className="pl-plain-list" id="case-agreement-list">
          {inForce.map((a) => (
            <AgreementLine key={a.id} agreement={a} place={nameOf(a.placeId)} />
          ))}
        </ul>
      )}
      <AppLink to={`/clients/${c.clientId}#client-placement-section`} id="case-placement-client-link">
        {t('casePlacement.allOnClientPage')}
      </AppLink>
    </section>
  );
}

function AgreementLine({ agreement: a, place }: { agreement: ClientAgreement; place: string }) {
  const { t } = useTranslation('placements');
  const acks = new Map(a.acknowledgements.map((k) => [k.party, k]));
  return (
    <li className="pl-ack" id={`case-agreement-${a.id}`}>
      <AppLink to={`/client-agreements/${a.id}`}>
        {t('clientPlacement.agreementTitle', { place, start: formatDate(a.startDate), end: formatDate(a.endDate) })}
      </AppLink>
      <ul className="pl-plain-list">
        {REQUIRED.map((party) => {
          const k = acks.get(party);
          return (
            <li key={party} data-party={party} data-acknowledged={k ? 'yes' : 'no'}>
              {t(`party.${party}`)}:{' '}
              {k ? (
                <span className="pl-ok">{t('casePlacement.acknowledged', { name: k.name, date: formatDate(k.acknowledgedAt.slice(0, 10)) })}</span>
              ) : (
                <span className="pl-warn">{t('casePlacement.waiting')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
