// The documents given on a case (asiakirjat): decisions, completed forms' PDFs and certificates, each kept as given
// with its checksum. The server decides which a reader sees (a provider only those meant for every party).
import { useQuery } from '@tanstack/react-query';
import { request } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';
import { sharedKeys } from '../../shared/queryKeys';

type S = components['schemas'];
export type IssuedDocument = S['IssuedDocument'];
type IssuedDocuments = S['IssuedDocuments'];

export const documentKeys = {
  ofCase: sharedKeys.caseDocuments,
};

export const documentsApi = {
  ofCase: (caseId: number) => request<IssuedDocuments>('GET', `/api/v1/cases/${caseId}/documents`),
  /** The bytes as kept: a plain link, so the browser opens or saves the PDF itself (header X-Content-SHA256). */
  fileUrl: (id: number) => `/api/v1/documents/${id}`,
};

/** A case's documents, newest first (the server's order, kept when two share an instant by the later id first). */
export function useCaseDocuments(caseId: number) {
  return useQuery({
    queryKey: documentKeys.ofCase(caseId),
    queryFn: () => documentsApi.ofCase(caseId),
    select: (d) => [...d.items].sort((a, b) => Date.parse(b.issuedAt) - Date.parse(a.issuedAt) || b.id - a.id),
  });
}
