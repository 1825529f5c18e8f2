import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';
import plFi from './placements.fi.json';
import plSv from './placements.sv.json';
import plEn from './placements.en.json';
import ordFi from './orders.fi.json';
import ordSv from './orders.sv.json';
import ordEn from './orders.en.json';
import svFi from './supervisor.fi.json';
import svSv from './supervisor.sv.json';
import svEn from './supervisor.en.json';
import atFi from './attendance.fi.json';
import atSv from './attendance.sv.json';
import atEn from './attendance.en.json';
import peFi from './periods.fi.json';
import peSv from './periods.sv.json';
import peEn from './periods.en.json';

export const SUPPORTED = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof SUPPORTED)[number];
const STORAGE_KEY = 'polku.language';

function stored(): UiLanguage | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v && (SUPPORTED as readonly string[]).includes(v) ? (v as UiLanguage) : null;
  } catch {
    return null;
  }
}

export function hasStoredLanguage(): boolean {
  return stored() !== null;
}

export function setLanguage(lang: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  void i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: {
    fi: { translation: fi, placements: plFi, orders: ordFi, supervisor: svFi, attendance: atFi, periods: peFi },
    sv: { translation: sv, placements: plSv, orders: ordSv, supervisor: svSv, attendance: atSv, periods: peSv },
    en: { translation: en, placements: plEn, orders: ordEn, supervisor: svEn, attendance: atEn, periods: peEn },
  },
  lng: stored() ?? 'fi',
  fallbackLng: 'fi',
  // The feature namespaces share the common texts of the main one (e.g. common.optional, common.dateHint).
  fallbackNS: 'translation',
  supportedLngs: [...SUPPORTED],
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
