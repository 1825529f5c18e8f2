// Agreements between organisations (puitesopimukset, hankintasopimukset) and their documents.
import { queryString as query, request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Agreement = S['Agreement'];
export type AgreementInput = S['AgreementInput'];
export type AgreementKind = Agreement['kind'];
export type AgreementPartner = S['AgreementPartner'];
export type DocumentInfo = S['DocumentInfo'];

export const agreementsApi = {
  listAgreementPartners: () => request<Items<AgreementPartner>>('GET', '/api/v1/agreement-partners'),
  createAgreement: (input: AgreementInput) => request<Agreement>('POST', '/api/v1/agreements', input),
  updateAgreement: (id: number, input: AgreementInput) => request<Agreement>('PUT', `/api/v1/agreements/${id}`, input),
  /** The file's bytes as the body (the server stores them; its type travels as Content-Type). */
  uploadDocument: (agreementId: number, file: File) =>
    request<DocumentInfo>('POST', `/api/v1/agreements/${agreementId}/documents${query({ fileName: file.name })}`, file),
  listAgreements: (endingWithinDays?: number) =>
    request<Items<Agreement>>('GET', `/api/v1/agreements${query({ endingWithinDays })}`),
  getAgreement: (id: number) => request<Agreement>('GET', `/api/v1/agreements/${id}`),
};

/** The server's limit for one agreement document (5 MiB). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const documentUrl = (agreementId: number, documentId: number) =>
  `/api/v1/agreements/${agreementId}/documents/${documentId}`;
