import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import type { LocalisedText, ServiceType, ServiceTypeCode } from '../../shared/api/types';
import { serviceTypesApi } from './api';

/** A localised text of the API in the UI language (Finnish when the language is unknown). */
export function useLocalised() {
  const { i18n } = useTranslation();
  const lang = (['fi', 'sv', 'en'] as const).find((l) => l === i18n.language) ?? 'fi';
  return (text: LocalisedText | undefined | null) => (text ? text[lang] || text.fi : '');
}

/** The service types (data, not code) and their names in the current language. */
export function useServiceTypes() {
  const local = useLocalised();
  const q = useQuery({ queryKey: ['service-types'], queryFn: serviceTypesApi.serviceTypes, staleTime: Infinity });
  const items: ServiceType[] = q.data?.items ?? [];
  const byCode = (code: ServiceTypeCode) => items.find((s) => s.code === code);
  const name = (code: ServiceTypeCode) => local(byCode(code)?.name) || code;
  return { query: q, items, byCode, name, local };
}
