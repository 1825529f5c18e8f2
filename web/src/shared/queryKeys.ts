// Query keys that more than one feature uses: a feature owns its queries, but a record one feature lists may be made
// by another (a certificate issued on a period is listed among the case's documents). The key lives here, so that
// the maker refreshes the list without importing the feature that shows it (features never import each other).
export const sharedKeys = {
  /** A case's documents (GET /api/v1/cases/{id}/documents), listed by caseDocuments, added to by others. */
  caseDocuments: (caseId: number) => ['case-documents', caseId] as const,
};
