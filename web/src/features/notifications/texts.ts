import type { TFunction } from 'i18next';

const KINDS = ['absence_without_notice'] as const;

/** A notification's text by its kind; a kind this UI does not know yet gets a general text. */
export function notificationText(t: TFunction<'notifications'>, kind: string, params: Record<string, string>): string {
  return (KINDS as readonly string[]).includes(kind) ? t(`kinds.${kind}`, params) : t('kinds.other');
}
