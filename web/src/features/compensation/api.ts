// Compensation (korvaukset): a purchaser's monthly batch and its approval, the approved months, the rates (the law's
// and a purchaser's own), the absence notices, and a client's benefit payers, travel fares, travel claims and
// adjustments.
import { queryString, request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type CompensationBatch = S['CompensationBatch'];
export type CompensationLine = S['CompensationLine'];
export type CompensationTotal = S['CompensationTotal'];
export type ApprovedBatch = S['ApprovedBatch'];
export type LineKind = S['LineKind'];
export type LinePayer = S['LinePayer'];
export type BenefitPayer = S['BenefitPayer'];
export type Benefit = S['Benefit'];
export type BenefitInput = S['BenefitInput'];
export type TravelFare = S['TravelFare'];
export type TravelFareInput = S['TravelFareInput'];
export type TravelClaim = S['TravelClaim'];
export type TravelClaimInput = S['TravelClaimInput'];
export type Adjustment = S['Adjustment'];
export type AdjustmentInput = S['AdjustmentInput'];
export type ClientCompensation = S['ClientCompensation'];
export type AbsenceNotice = S['AbsenceNotice'];
export type NoticeAbsence = S['NoticeAbsence'];
export type NotArrangedDay = S['NotArrangedDay'];
export type NoticeState = AbsenceNotice['state'];
export type CompensationRate = S['CompensationRate'];
export type CompensationRateInput = S['CompensationRateInput'];
export type CompensationKind = S['CompensationKind'];
export type RatePayer = CompensationRate['payer'];

/** The languages of the files the server writes (`?lang=`). */
export type FileLanguage = 'fi' | 'sv' | 'en';
/** The UI's language as a file's language (Finnish for anything else). */
export const fileLanguage = (lang: string): FileLanguage => (lang === 'sv' || lang === 'en' ? lang : 'fi');

/** The payers of a benefit in the order the form offers them. */
export const BENEFIT_PAYERS = ['kela', 'unemployment_fund', 'social_assistance', 'none'] as const satisfies readonly BenefitPayer[];

/** The kinds of a rate, who a rate is for (a benefit's payer or any client) and who pays it, in the form's order. */
export const RATE_KINDS = ['expense_allowance', 'activity_money', 'work_activity_compensation'] as const satisfies readonly CompensationKind[];
export const RATE_BENEFITS = ['any', ...BENEFIT_PAYERS] as const;
export const RATE_PAYERS = ['benefit_payer', 'purchaser', 'kela'] as const satisfies readonly RatePayer[];

/** A range of days as the API takes it (ISO dates); without one the server's default. */
export type DayRange = { from: string; to: string };

export const compensationKeys = {
  batch: (organisationId: number, month: string) => ['compensation', 'batch', organisationId, month] as const,
  batches: (organisationId: number) => ['compensation', 'batches', organisationId] as const,
  client: (clientId: number) => ['compensation', 'client', clientId] as const,
  /** A purchaser's notices of a range (the server's default without one); without a range also the prefix of all. */
  notices: (organisationId: number, range?: DayRange) =>
    range
      ? (['compensation', 'notices', organisationId, range.from, range.to] as const)
      : (['compensation', 'notices', organisationId] as const),
  /** The law's rates (null) or a purchaser's, which come with the law's. */
  rates: (organisationId: number | null) => ['compensation', 'rates', organisationId] as const,
};

const org = (id: number) => `/api/v1/organisations/${id}/compensation`;
const client = (id: number) => `/api/v1/clients/${id}`;

/**
 * The approved month as a file: a plain link, so the browser downloads it with the session cookie. A followed link
 * sends the browser's own Accept-Language, so the UI's language goes in `lang`.
 */
export const exportUrl = (organisationId: number, month: string, format: 'xlsx' | 'csv', lang: FileLanguage) =>
  `${org(organisationId)}/batches/${month}/export?format=${format}&lang=${lang}`;

const notice = (periodId: number, windowFrom: string) => `/api/v1/periods/${periodId}/absence-notices/${windowFrom}`;

/** An absence notice as the PDF to print and sign (Kela's TT3, TT3r in Swedish, or the funds' form), as a link. */
export const noticePdfUrl = (periodId: number, windowFrom: string, lang: FileLanguage) =>
  `${notice(periodId, windowFrom)}/pdf?lang=${lang}`;

export const compensationApi = {
  batch: (organisationId: number, month: string) =>
    request<CompensationBatch>('GET', `${org(organisationId)}/batches/${month}`),
  batches: (organisationId: number) => request<Items<ApprovedBatch>>('GET', `${org(organisationId)}/batches`),
  approve: (organisationId: number, month: string) =>
    request<CompensationBatch>('POST', `${org(organisationId)}/batches/${month}/approval`),

  /** The notices of the days `range` (by default the server's: the last eight weeks). */
  notices: (organisationId: number, range?: DayRange) =>
    request<Items<AbsenceNotice> & { maySend: boolean }>(
      'GET',
      `/api/v1/organisations/${organisationId}/absence-notices${queryString({ from: range?.from, to: range?.to })}`,
    ),
  markSent: (periodId: number, windowFrom: string) =>
    request<AbsenceNotice>('POST', `${notice(periodId, windowFrom)}/sending`, {}),

  lawRates: () => request<Items<CompensationRate>>('GET', '/api/v1/compensation/rates'),
  addLawRate: (input: CompensationRateInput) => request<CompensationRate>('POST', '/api/v1/compensation/rates', input),
  /** The law's rates and the purchaser's own. */
  rates: (organisationId: number) => request<Items<CompensationRate>>('GET', `${org(organisationId)}/rates`),
  addRate: (organisationId: number, input: CompensationRateInput) =>
    request<CompensationRate>('POST', `${org(organisationId)}/rates`, input),

  ofClient: (clientId: number) => request<ClientCompensation>('GET', `${client(clientId)}/compensation`),
  addBenefit: (clientId: number, input: BenefitInput) => request<Benefit>('POST', `${client(clientId)}/benefits`, input),
  endBenefit: (clientId: number, benefitId: number, validTo: string) =>
    request<Benefit>('POST', `${client(clientId)}/benefits/${benefitId}/end`, { validTo }),
  addFare: (clientId: number, input: TravelFareInput) => request<TravelFare>('POST', `${client(clientId)}/travel-fares`, input),
  addClaim: (clientId: number, input: TravelClaimInput) =>
    request<TravelClaim>('POST', `${client(clientId)}/travel-claims`, input),
  addAdjustment: (clientId: number, input: AdjustmentInput) =>
    request<Adjustment>('POST', `${client(clientId)}/compensation-adjustments`, input),
};
