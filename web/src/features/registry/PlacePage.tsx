import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Notification, Paragraph } from 'suomifi-ui-components';
import { IconEdit, IconSearch } from 'suomifi-icons';
import { type Place, registryApi } from './api';
import { hasRole, useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { daysAndHours, PlaceStatusTag } from './PlaceBits';
import { canMatch } from './access';
import { ClosedDaysSection } from './ClosedDaysSection';

export default function PlacePage() {
  const { id } = useParams();
  const placeId = Number(id);
  const { t } = useTranslation('placements');
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useAuth();
  const q = useQuery({ queryKey: ['place', placeId], queryFn: () => registryApi.getPlace(placeId) });
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;

  if (q.isPending) return <Loading text={t('common.loading')} />;
  if (q.isError)
    return (
      <>
        <PageTitle title={t('place.title')}>{t('place.title')}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  const p: Place = q.data;
  const canEdit = hasRole(me, ['manager'], p.hostOrganisationId);
  const dash = <span className="muted">–</span>;
  const val = (v: string) => (v ? v : dash);

  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/places">{t('place.back')}</AppLink>
      </Paragraph>
      <div className="page-head">
        <PageTitle title={p.name}>{p.name}</PageTitle>
        <div className="row-inline">
          {canMatch(me) ? (
            <Button variant="secondary" icon={<IconSearch />} onClick={() => navigate('/places/match')} id="match-from-place">
              {t('match.title')}
            </Button>
          ) : null}
          {canEdit ? (
            <Button icon={<IconEdit />} onClick={() => navigate(`/places/${p.id}/edit`)} id="edit-place">
              {t('place.edit')}
            </Button>
          ) : null}
        </div>
      </div>
      {saved ? (
        <div role="status">
          <Notification id="place-saved" headingText={t('place.saved')} headingVariant="h2" showCloseButton={false} mb="m">
            {t('place.savedText')}
          </Notification>
        </div>
      ) : null}
      <section className="panel" aria-labelledby="place-basic">
        <Heading variant="h2" id="place-basic" mb="m">
          {t('place.basicSection')}
        </Heading>
        <dl className="details-list" id="place-details">
          <dt>{t('place.host')}</dt>
          <dd>
            {p.hostName}
            {p.hostType ? ` (${t(`hostType.${p.hostType}`, { defaultValue: p.hostType })})` : ''}
          </dd>
          <dt>{t('place.status')}</dt>
          <dd id="place-status">
            <PlaceStatusTag status={p.status} />
          </dd>
          <dt>{t('place.workTasks')}</dt>
          <dd id="place-workTasks">{val(p.workTasks)}</dd>
          <dt>{t('place.fields')}</dt>
          <dd>{p.fields.map((f) => t(`field.${f}`)).join(', ') || dash}</dd>
          <dt>{t('place.serviceTypes')}</dt>
          <dd>{p.serviceTypes.map((s) => t(`serviceType.${s}`)).join(', ') || dash}</dd>
          <dt>{t('place.noDisplacement')}</dt>
          <dd>{p.noDisplacementConfirmed ? t('common.confirmed') : t('common.notConfirmed')}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="place-capacity">
        <Heading variant="h2" id="place-capacity" mb="m">
          {t('place.capacitySection')}
        </Heading>
        <dl className="details-list">
          <dt>{t('place.capacity')}</dt>
          <dd id="place-capacity-value">{p.capacity}</dd>
          <dt>{t('place.freeNow')}</dt>
          <dd id="place-free">
            {t('place.freeOf', { free: p.freeToday, capacity: p.capacity })}
          </dd>
          <dt>{t('place.daysAndHours')}</dt>
          <dd>{daysAndHours(p, t)}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="place-location">
        <Heading variant="h2" id="place-location" mb="m">
          {t('place.locationSection')}
        </Heading>
        <dl className="details-list">
          <dt>{t('place.streetAddress')}</dt>
          <dd>{val(p.streetAddress)}</dd>
          <dt>{t('place.municipality')}</dt>
          <dd>{val(p.municipality)}</dd>
          <dt>{t('place.wheelchairAccessible')}</dt>
          <dd>{p.wheelchairAccessible ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('place.accessibilityNotes')}</dt>
          <dd>{val(p.accessibilityNotes)}</dd>
        </dl>
      </section>
      <section className="panel" aria-labelledby="place-practical">
        <Heading variant="h2" id="place-practical" mb="m">
          {t('place.practicalSection')}
        </Heading>
        <dl className="details-list">
          <dt>{t('place.supervisor')}</dt>
          <dd>
            {p.supervisorName || p.supervisorPhone ? [p.supervisorName, p.supervisorPhone].filter(Boolean).join(', ') : dash}
          </dd>
          <dt>{t('place.whatToBring')}</dt>
          <dd>{val(p.whatToBring)}</dd>
          <dt>{t('place.hostInstructions')}</dt>
          <dd>{val(p.hostInstructions)}</dd>
        </dl>
        <Heading variant="h3" mt="m" mb="s">
          {t('place.orientationChecklist')}
        </Heading>
        {p.orientationChecklist.length ? (
          <ul id="place-checklist">
            {p.orientationChecklist.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('common.none')}</Paragraph>
        )}
      </section>
      <ClosedDaysSection placeId={p.id} canEdit={canEdit} />
    </>
  );
}
