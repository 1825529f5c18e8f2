// The attendance statuses and reasons the server knows (the OpenAPI enums), and hours the Finnish way.
export const STATUSES = ['present', 'absent_with_notice', 'absent_without_notice', 'place_closed'] as const;
export type Status = (typeof STATUSES)[number];
export const REASONS = ['illness', 'child_illness', 'employment', 'public_office', 'other'] as const;

/** 240 → "4 h", 270 → "4,5 h". */
export function hoursText(minutes: number): string {
  const h = Math.round((minutes / 60) * 100) / 100;
  return `${String(h).replace('.', ',')} h`;
}
