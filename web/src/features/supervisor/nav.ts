// The navigation item of the supervisor's start page; App.tsx places it.
import type { TFunction } from 'i18next';
import type { NavItem } from '../../shared/Guard';

/** "Paikkani", with how many tasks wait when `taskCount` is given ("Paikkani (2)", read as "Paikkani, 2 odottaa"). */
export function myPlacesNavItem(t: TFunction, taskCount?: number): NavItem {
  if (!taskCount) return { to: '/my-places', label: t('supervisor:nav.myPlaces') };
  return {
    to: '/my-places',
    label: t('supervisor:nav.myPlacesCount', { count: taskCount }),
    ariaLabel: t('supervisor:nav.myPlacesCountLabel', { count: taskCount }),
  };
}
