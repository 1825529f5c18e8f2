// A goal's ratings over time as a small line chart (1 = not at all … n = fully reached), summarised for a screen
// reader in its label; the table beside it (GoalRatings) says the same in rows.
import { useTranslation } from 'react-i18next';
import { formatInstantDate } from '../../../shared/format';
import type { GoalRating } from './api';

const W = 320;
const H = 160;
const PAD = { left: 28, right: 12, top: 12, bottom: 28 };

export function GoalChart({ ratings, steps, id }: { ratings: GoalRating[]; steps: number; id: string }) {
  const { t } = useTranslation('forms');
  const summary = t('goals.chartLabel', {
    steps,
    ratings: ratings.map((r) => t('goals.chartPoint', { date: formatInstantDate(r.ratedAt), rating: r.rating, steps })).join(', '),
  });
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (ratings.length === 1 ? innerW / 2 : (innerW * i) / (ratings.length - 1));
  const y = (r: number) => PAD.top + innerH - (innerH * (r - 1)) / Math.max(1, steps - 1);
  const points = ratings.map((r, i) => `${x(i)},${y(r.rating)}`).join(' ');
  const levels = Array.from({ length: steps }, (_, i) => i + 1);
  return (
    <svg className="go-chart" id={id} role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMinYMin meet">
      {levels.map((l) => (
        <g key={l} aria-hidden="true">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(l)} y2={y(l)} className="go-grid" />
          <text x={PAD.left - 8} y={y(l) + 4} textAnchor="end" className="go-axis">
            {l}
          </text>
        </g>
      ))}
      {ratings.length > 1 ? <polyline points={points} className="go-line" aria-hidden="true" /> : null}
      {ratings.map((r, i) => (
        <g key={`${r.entryId}-${i}`} aria-hidden="true">
          <circle cx={x(i)} cy={y(r.rating)} r={5} className="go-point" />
          <text x={x(i)} y={H - 8} textAnchor={ratings.length === 1 ? 'middle' : i === 0 ? 'start' : i === ratings.length - 1 ? 'end' : 'middle'} className="go-axis">
            {formatInstantDate(r.ratedAt)}
          </text>
        </g>
      ))}
    </svg>
  );
}
