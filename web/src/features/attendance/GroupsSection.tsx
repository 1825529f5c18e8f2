import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Heading } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { AppLink, errorText } from '../../shared/common';
import { usePlaces } from '../supervisor/api';
import { groupKeys, groupsApi, usePlaceGroups, type GroupInput } from './groupsApi';
import { PhoneForm } from './PhoneForm';
import './moreTexts';

/** The groups at the user's places (seed 004: day activity runs mostly in groups), each a link to its session. */
export function GroupsSection() {
  const { t } = useTranslation('attendanceMore');
  const places = usePlaces();
  if (!places.data || places.data.items.length === 0) return null;
  return (
    <section aria-labelledby="groups-heading" id="groups">
      <Heading variant="h2" id="groups-heading" mb="s">
        {t('groups.heading')}
      </Heading>
      {places.data.items.map((p) => (
        <PlaceGroups key={p.id} placeId={p.id} placeName={p.name} />
      ))}
    </section>
  );
}

function PlaceGroups({ placeId, placeName }: { placeId: number; placeName: string }) {
  const { t } = useTranslation('attendanceMore');
  const q = usePlaceGroups(placeId);
  const [adding, setAdding] = useState(false);
  if (q.isError) return null; // not staff of this place: nothing to show
  return (
    <div className="at-place">
      <p className="at-place-name">{placeName}</p>
      {q.data && q.data.items.length === 0 ? <p>{t('groups.none')}</p> : null}
      <ul className="at-list">
        {(q.data?.items ?? []).map((g) => (
          <li key={g.id} className="at-card">
            <AppLink to={`/groups/${g.id}`}>{g.name}</AppLink>
            <p className="at-expected">{t('groups.members', { count: g.members.length })}</p>
          </li>
        ))}
      </ul>
      {adding ? (
        <NewGroupForm placeId={placeId} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="at-button" onClick={() => setAdding(true)} id={`new-group-${placeId}`}>
          {t('groups.new')}
        </button>
      )}
    </div>
  );
}

function NewGroupForm({ placeId, onDone }: { placeId: number; onDone: () => void }) {
  const { t } = useTranslation('attendanceMore');
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [days, setDays] = useState<Record<number, boolean>>({});
  const [start, setStart] = useState('09:00');
  const [hours, setHours] = useState('4');
  const [problem, setProblem] = useState('');
  const id = `group-${placeId}`;
  const save = async () => {
    const body: GroupInput = {
      name: name.trim(),
      sessions: Object.entries(days)
        .filter(([, on]) => on)
        .map(([weekday]) => ({ weekday: Number(weekday), startTime: start, hours: Number(hours) })),
    };
    try {
      await groupsApi.create(placeId, body);
      await qc.invalidateQueries({ queryKey: groupKeys.atPlace(placeId) });
      onDone();
    } catch (e) {
      setProblem(e instanceof ApiError && e.status === 422 ? Object.values(e.fieldErrors()).join(' ') : errorText(t, e));
    }
  };
  return (
    <PhoneForm onSubmit={() => void save()} onCancel={onDone} saveText={t('groups.create')} problem={problem}>
      <label className="at-field">
        {t('groups.name')}
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
      </label>
      <fieldset>
        <legend>{t('groups.days')}</legend>
        {[1, 2, 3, 4, 5, 6, 7].map((d) => (
          <label key={d} className="at-choice">
            <input type="checkbox" checked={Boolean(days[d])} onChange={(e) => setDays({ ...days, [d]: e.target.checked })} />
            {t(`weekdayLong.${d - 1}`)}
          </label>
        ))}
      </fieldset>
      <label className="at-field">
        {t('groups.start')}
        <input id={`${id}-start`} value={start} onChange={(e) => setStart(e.target.value)} inputMode="numeric" />
      </label>
      <label className="at-field">
        {t('groups.hours')}
        <input id={`${id}-hours`} value={hours} onChange={(e) => setHours(e.target.value)} inputMode="numeric" />
      </label>
    </PhoneForm>
  );
}
