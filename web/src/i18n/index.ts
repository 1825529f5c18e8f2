import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import fi from './fi.json';
import plFi from './placements.fi.json';
import ordFi from './orders.fi.json';
import svFi from './supervisor.fi.json';
import atFi from './attendance.fi.json';
import ntFi from './notifications.fi.json';

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

// Finnish is the default and the fallback, so it is in the main bundle; the other languages are fetched when chosen.
const FETCHED: Record<Exclude<UiLanguage, 'fi'>, () => Promise<{ default: Record<string, object> }>> = {
  sv: () => import('./resources.sv'),
  en: () => import('./resources.en'),
};

/** Fetches a language's texts when not yet in (e.g. for a preview in another language than the UI's). */
export async function loadTexts(lang: UiLanguage): Promise<void> {
  if (lang === 'fi' || i18n.hasResourceBundle(lang, 'translation')) return;
  const { default: namespaces } = await FETCHED[lang]();
  for (const [ns, texts] of Object.entries(namespaces)) i18n.addResourceBundle(lang, ns, texts);
}

export function setLanguage(lang: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  void loadTexts(lang).then(() => i18n.changeLanguage(lang));
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

const initialLanguage = stored() ?? 'fi';
void i18n.use(initReactI18next).init({
  resources: {
    fi: { translation: fi, placements: plFi, orders: ordFi, supervisor: svFi, attendance: atFi, notifications: ntFi },
  },
  lng: initialLanguage,
  fallbackLng: 'fi',
  // The feature namespaces share the common texts of the main one (e.g. common.optional, common.dateHint).
  fallbackNS: 'translation',
  supportedLngs: [...SUPPORTED],
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/** Settles when the texts of the first language are in (Finnish at once); main.tsx renders after it. */
export const textsReady: Promise<void> = loadTexts(initialLanguage).catch(() => {
  /* not fetched (offline before the app was cached): the page shows in Finnish, the fallback */
});

export default i18n;
