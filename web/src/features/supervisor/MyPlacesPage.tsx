import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useAuth } from '../../shared/auth';
import { ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { todayIso } from '../../shared/format';
import { TasksSection } from '../tasks/TasksSection';
import { TodayAttendance, WeekAttendance } from '../attendance/AttendanceSections';
import { usePlaces, type Place } from './api';
import { FeedbackSection } from './FeedbackSection';
import { PlaceCard } from './PlaceCard';
import { splitPlaces } from './placeLists';
import './supervisor.css';

// Below the day's marks, fetched when opened: the first screen stays within the phone's JavaScript budget.
const Groups = lazy(() => import('../attendance/GroupsSection').then((m) => ({ default: m.GroupsSection })));
const Calendar = lazy(() => import('../attendance/CalendarLink').then((m) => ({ default: m.CalendarLink })));

function opened(Section: ComponentType, labelKey: string, id: string): ComponentType {
  return function Opened() {
    const { t } = useTranslation('attendance');
    const [open, setOpen] = useState(false);
    if (open) return <Section />;
    return (
      <p>
        <button type="button" className="at-button" id={id} aria-expanded={false} onClick={() => setOpen(true)}>
          {t(labelKey)}
        </button>
      </p>
    );
  };
}
const GroupsSection = opened(Groups, 'groups.open', 'open-groups');
const CalendarLink = opened(Calendar, 'calendar.open', 'open-calendar');

/**
 * The sections of the page, in order, each self-contained (its own queries and heading): today's clients to mark
 * first, then what waits, the week to catch up on, the feedback on the periods, and the places.
 */
const SECTIONS: readonly { key: string; Section: ComponentType }[] = [
  { key: 'today', Section: TodayAttendance },
  { key: 'waiting', Section: TasksSection },
  { key: 'week', Section: WeekAttendance },
  { key: 'feedback', Section: FeedbackSection },
  { key: 'groups', Section: GroupsSection },
  { key: 'places', Section: PlacesSection },
  { key: 'calendar', Section: CalendarLink },
];

/**
 * The start page of a placement supervisor, made for a phone: one column, first today's expected clients with one-tap
 * attendance (kept on the phone without a connection), then what waits for them (acknowledgements at their places,
 * clients starting), the week's days to catch up on, the feedback on how their clients worked, and their places with
 * the clients and the visits coming.
 */
export default function MyPlacesPage() {
  const { t } = useTranslation('supervisor');
  const { me } = useAuth();
  return (
    <div className="sv-page">
      <PageTitle title={t('page.title')}>{t('page.title')}</PageTitle>
      {me ? <Paragraph mb="m">{t('page.greeting', { name: me.user.displayName })}</Paragraph> : null}
      {SECTIONS.map(({ key, Section }) => (
        <Suspense key={key} fallback={null}>
          <Section />
        </Suspense>
      ))}
    </div>
  );
}


/** The places where the user is the named supervisor, then the host's other places (or all, when none names them). */
function PlacesSection() {
  const { t } = useTranslation('supervisor');
  const { me } = useAuth();
  const q = usePlaces();
  const today = todayIso();
  if (q.isPending) return <Loading text={t('common.loading', { ns: 'translation' })} />;
  if (q.isError) return <ErrorNotice error={q.error} />;
  const { named, others } = splitPlaces(q.data.items, me?.user.id ?? 0);
  if (named.length === 0 && others.length === 0) {
    return (
      <section aria-labelledby="places-heading" id="places">
        <Heading variant="h2" id="places-heading" mb="s">
          {t('places.all')}
        </Heading>
        <Paragraph id="no-places">{t('places.none')}</Paragraph>
      </section>
    );
  }
  return (
    <>
      {named.length > 0 ? <PlaceGroup id="places" heading={t('places.named')} places={named} today={today} /> : null}
      {others.length > 0 ? (
        <PlaceGroup
          id={named.length > 0 ? 'other-places' : 'places'}
          heading={t(named.length > 0 ? 'places.others' : 'places.all')}
          places={others}
          today={today}
        />
      ) : null}
    </>
  );
}

function PlaceGroup({ id, heading, places, today }: { id: string; heading: string; places: Place[]; today: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <Heading variant="h2" id={`${id}-heading`} mb="s">
        {heading}
      </Heading>
      {places.map((p) => (
        <PlaceCard key={p.id} place={p} today={today} />
      ))}
    </section>
  );
}
