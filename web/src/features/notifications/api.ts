// The signed-in user's notifications (GET /api/v1/notifications), marking them read, and the unread count for
// the header's bell. Polled every minute while the tab is visible (TanStack Query pauses the interval when hidden).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type AppNotification = S['Notification'];
type NotificationList = { items: AppNotification[]; unreadCount: number };

export const NOTIFICATIONS_KEY = ['notifications'] as const;
const POLL_MS = 60_000;

export const notificationsApi = {
  list: () => request<NotificationList>('GET', '/api/v1/notifications'),
  markRead: (id: number) => request<AppNotification>('POST', `/api/v1/notifications/${id}/read`, {}),
  markAllRead: () => request<{ marked: number }>('POST', '/api/v1/notifications/read-all', {}),
};

export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: notificationsApi.list,
    enabled,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** How many are unread; undefined until known. */
export function useUnreadCount(enabled = true): number | undefined {
  const q = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: notificationsApi.list,
    enabled,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    select: (d) => d.unreadCount,
  });
  return enabled ? q.data : undefined;
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: notificationsApi.markRead,
    onSettled: () => qc.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: notificationsApi.markAllRead,
    onSettled: () => qc.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
