// The attendance statuses and reasons the server knows (the OpenAPI enums), and hours the Finnish way: the shared
// ones, which the case page's periods use too.
import { ABSENCE_REASONS, ATTENDANCE_STATUSES, type AttendanceStatus } from '../../shared/api/types';

export const STATUSES = ATTENDANCE_STATUSES;
export type Status = AttendanceStatus;
export const REASONS = ABSENCE_REASONS;
export { formatHours as hoursText } from '../../shared/format';
