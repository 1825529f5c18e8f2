// A document in words: its kind's name, its size.
type T = (key: string, options?: Record<string, unknown>) => string;

/** A kind's readable name: decision, certificate or a form kind; a kind of the organisation's own is a form. */
export const kindName = (t: T, kind: string): string => t(`kind.${kind}`, { defaultValue: t('kind.otherForm') });

/** The size in kilobytes (1 kB = 1000 bytes) in the UI's language, a non-breaking space before the unit. */
export function sizeText(bytes: number, lang: string): string {
  const kb = bytes / 1000;
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: kb < 10 ? 1 : 0 }).format(Math.max(kb, 0.1));
  return `${n}\u00a0kB`;
}

/** The checksum as the table shows it: its first digits, the whole value one click away. */
export const shortSum = (sha256: string): string => `${sha256.slice(0, 12)}…`;
