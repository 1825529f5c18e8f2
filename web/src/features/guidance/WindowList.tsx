import { useTranslation } from 'react-i18next';
import { formatHours } from '../../shared/format';
import type { GuidanceWindow } from './api';
import { badgeOf, spanOf, stateText } from './words';

/** A window's guidance against the promise: the hours as a bar, the social guidance, the group guidance, its state. */
export function WindowSummary({ id, w }: { id: string; w: GuidanceWindow }) {
  const { t } = useTranslation('guidance');
  return (
    <div className="gu-window" id={id} data-state={w.state}>
      <div className="gu-window__head">
        <strong>{t('window.title', { n: w.index + 1, span: spanOf(w) })}</strong>{' '}
        <span className={`badge ${badgeOf(w)}`}>{stateText(t, w)}</span>
      </div>
      <label htmlFor={`${id}-bar`} className="gu-window__label">
        {t('window.individual', { done: formatHours(w.individualMinutes), required: formatHours(w.requiredMinutes) })}
      </label>
      <progress id={`${id}-bar`} max={Math.max(w.requiredMinutes, 1)} value={Math.min(w.individualMinutes, Math.max(w.requiredMinutes, 1))} />
      {w.socialRequired ? (
        <p className="gu-window__line">
          {w.socialMinutes > 0 ? t('window.social', { done: formatHours(w.socialMinutes) }) : t('window.socialMissing')}
        </p>
      ) : null}
      {w.groupMinutes > 0 ? <p className="gu-window__line">{t('window.group', { done: formatHours(w.groupMinutes) })}</p> : null}
    </div>
  );
}

/** Every window of a period, in order. */
export function WindowList({ idp, windows }: { idp: string; windows: GuidanceWindow[] }) {
  return (
    <ul className="pl-plain-list gu-windows">
      {windows.map((w) => (
        <li key={w.index}>
          <WindowSummary id={`${idp}-window-${w.index}`} w={w} />
        </li>
      ))}
    </ul>
  );
}
