import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { PLACE_STATUSES, registryApi, type Place } from './api';
import { AppLink, ErrorNotice, Loading } from '../../shared/common';
import { formatDate, todayIso } from '../../shared/format';
import { agreementsApi } from '../agreements/api';

/** Agreements are followed this many days before they end (issue 5). */
export const ENDING_WITHIN_DAYS = 60;

const daysBetween = (fromIso: string, toIso: string) => Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000);

/** The manager's part of the start page: agreements ending soon and the registry's capacity. */
export function ManagerPanel() {
  const { t } = useTranslation('placements');
  const today = todayIso();
  const ending = useQuery({
    queryKey: ['agreements', 'ending', ENDING_WITHIN_DAYS],
    queryFn: () => agreementsApi.listAgreements(ENDING_WITHIN_DAYS),
  });
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces(), retry: false });
  return (
    <div id="manager-panel">
      <section className="panel" aria-labelledby="ending-heading" id="ending-agreements">
        <Heading variant="h2" id="ending-heading" mb="s">
          {t('managerPanel.endingHeading')}
        </Heading>
        {ending.isPending ? <Loading text={t('common.loading')} /> : null}
        {ending.isError ? <ErrorNotice error={ending.error} /> : null}
        {ending.isSuccess ? (
          ending.data.items.length ? (
            <ul className="due-list" id="ending-list">
              {ending.data.items.map((a) => (
                <li key={a.id}>
                  <span className="badge badge--warn">{t('managerPanel.endsIn', { count: daysBetween(today, a.validUntil) })}</span>{' '}
                  <AppLink to={`/agreements/${a.id}`} id={`ending-agreement-${a.id}`}>
                    {a.title}
                  </AppLink>
                  {': '}
                  {t('managerPanel.endingLine', { partner: a.partnerName, date: formatDate(a.validUntil) })}
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph id="nothing-ending">{t('managerPanel.nothingEnding', { days: ENDING_WITHIN_DAYS })}</Paragraph>
          )
        ) : null}
        <Paragraph mt="s">
          <AppLink to="/agreements">{t('managerPanel.allAgreements')}</AppLink>
        </Paragraph>
      </section>
      <section className="panel" aria-labelledby="capacity-heading" id="registry-capacity">
        <Heading variant="h2" id="capacity-heading" mb="s">
          {t('managerPanel.capacityHeading')}
        </Heading>
        {places.isPending ? <Loading text={t('common.loading')} /> : null}
        {places.isError ? <ErrorNotice error={places.error} /> : null}
        {places.isSuccess ? <CapacityTable places={places.data.items} /> : null}
        {/* Two links, each an item of its own, so that they are never read as one. */}
        <ul className="pl-link-list" id="registry-links">
          <li>
            <AppLink to="/places">{t('managerPanel.allPlaces')}</AppLink>
          </li>
          <li>
            <AppLink to="/service-products">{t('managerPanel.allProducts')}</AppLink>
          </li>
        </ul>
      </section>
    </div>
  );
}

function CapacityTable({ places }: { places: Place[] }) {
  const { t } = useTranslation('placements');
  const sum = (of: Place[], pick: (p: Place) => number) => of.reduce((total, p) => total + pick(p), 0);
  const rows = PLACE_STATUSES.map((status) => {
    const of = places.filter((p) => p.status === status);
    return { status, count: of.length, seats: sum(of, (p) => p.capacity), free: sum(of, (p) => p.freeToday) };
  });
  // Only an open place takes new clients, so its free seats are the ones that count today.
  const open = places.filter((p) => p.status === 'open');
  return (
    <>
      <div className="table-wrap">
        <table className="data-table" id="capacity-table">
          <caption className="visually-hidden">{t('managerPanel.capacityCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('place.status')}</th>
              <th scope="col">{t('managerPanel.placeCount')}</th>
              <th scope="col">{t('managerPanel.seatCount')}</th>
              <th scope="col">{t('managerPanel.freeCount')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.status} data-status={r.status}>
                <th scope="row">{t(`status.${r.status}`)}</th>
                <td>{r.count}</td>
                <td>{r.seats}</td>
                <td>{r.free}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Paragraph mt="s" id="free-today">
        {t('managerPanel.freeToday', { free: sum(open, (p) => p.freeToday), seats: sum(open, (p) => p.capacity) })}
      </Paragraph>
    </>
  );
}
