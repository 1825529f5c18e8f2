// Service products in words and numbers: the one-line summary, prices in euros,
// and which providers the signed-in user keeps products for.
import type { Me } from '../../shared/api/types';
import type { ServiceProduct } from './api';

type T = (key: string, options?: Record<string, unknown>) => string;

const locale = (lang: string) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);

/** "1–4", or "3" when the range is one value. */
export const range = (min: number, max: number) => (min === max ? String(min) : `${min}–${max}`);

/** 3250 → "32,50" (fi, sv) or "32.50" (en). */
export function formatEuros(cents: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** "32,50", "32.5", "32" or "1 200,00" → cents; null when it is no price. */
export function parseEuros(text: string): number | null {
  const s = text.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  return Math.round(Number(s) * 100);
}

/** E.g. "1–4 pv/vko, 4–8 h/pv, 3–24 kk, 32,50 €/pv". */
export function productSummary(p: ServiceProduct, t: T, lang: string): string {
  return t('product.summary', {
    days: range(p.daysMin, p.daysMax),
    hours: range(p.hoursMin, p.hoursMax),
    months: range(p.periodMonthsMin, p.periodMonthsMax),
    price: formatEuros(p.priceCents, lang),
    unit: t(`product.perUnit.${p.priceUnit}`),
  });
}

/** What the product includes, in words: "työtoimintapaikka, tuki ja ohjaus". */
export function productContents(p: ServiceProduct, t: T): string {
  const parts: string[] = [];
  if (p.includesPlace) parts.push(t('product.contents.place'));
  if (p.includesSupport) parts.push(t('product.contents.support'));
  if (p.includesSocialGuidance) parts.push(t('product.contents.socialGuidance'));
  return parts.length ? parts.join(', ') : t('product.contents.none');
}

/** The providers whose products the user keeps: organisations that provide and where the user is a manager. */
export function managedProviders(me: Me | null): { id: number; name: string }[] {
  if (!me) return [];
  const managed = new Set(me.user.roles.filter((r) => r.role === 'manager').map((r) => r.organisationId));
  return me.organisations.filter((o) => o.kinds.includes('provider') && managed.has(o.id)).map((o) => ({ id: o.id, name: o.name }));
}

/** The purchasers for whom the user makes agreements (manager of a purchaser). */
export function managedPurchasers(me: Me | null): { id: number; name: string }[] {
  if (!me) return [];
  const managed = new Set(me.user.roles.filter((r) => r.role === 'manager').map((r) => r.organisationId));
  return me.organisations.filter((o) => o.kinds.includes('purchaser') && managed.has(o.id)).map((o) => ({ id: o.id, name: o.name }));
}
