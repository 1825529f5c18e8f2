// The one table of cases: a client's cases, the case list and the worker's cases by stage choose their columns.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/api/types';
import { AppLink } from '../../shared/common';
import { formatInstantDate } from '../../shared/format';
import { useServiceTypes } from '../serviceTypes/serviceTypes';

/** The responsible person by name with their role, or that the role has nobody named yet ("–" when closed). */
export function responsibleText(t: TFunction, c: { responsibleRole: string | null; responsibleName?: string | null }): string {
  if (!c.responsibleRole) return '–';
  const role = t(`role.${c.responsibleRole}`);
  return c.responsibleName ? t('case.responsibleNamed', { name: c.responsibleName, role }) : t('case.responsibleNotNamed', { role });
}

export type CaseColumn = 'client' | 'serviceType' | 'stage' | 'stageSince' | 'responsible' | 'status';

/** The first column chosen is the row's header and links to the case. */
export function CaseTable({
  cases,
  columns,
  caption,
  id,
}: {
  cases: readonly CaseSummary[];
  columns: readonly CaseColumn[];
  caption: string;
  id?: string;
}) {
  const { t } = useTranslation();
  const types = useServiceTypes();
  const heading: Record<CaseColumn, string> = {
    client: t('client.name'),
    serviceType: t('case.serviceType'),
    stage: t('case.stage'),
    stageSince: t('case.stageSince'),
    responsible: t('case.responsible'),
    status: t('case.status'),
  };
  const cell = (c: CaseSummary, col: CaseColumn): string => {
    switch (col) {
      case 'client':
        return c.clientName;
      case 'serviceType':
        return types.name(c.serviceType);
      case 'stage':
        return t(`stage.${c.stage}`);
      case 'stageSince':
        return formatInstantDate(c.stageSince);
      case 'responsible':
        return responsibleText(t, c);
      case 'status':
        return c.stage === 'closed' ? t('stage.closed') : t(`caseStatus.${c.status}`);
    }
  };
  const [first, ...rest] = columns;
  return (
    <div className="table-wrap">
      <table className="data-table" id={id}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((col) => (
              <th scope="col" key={col}>
                {heading[col]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <AppLink to={`/cases/${c.id}`}>{cell(c, first)}</AppLink>
              </th>
              {rest.map((col) => (
                <td key={col}>{cell(c, col)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
