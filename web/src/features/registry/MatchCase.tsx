import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';

import type { Case, CaseSummary } from '../../shared/api/types';
import { ErrorNotice, Loading } from '../../shared/common';
import { casesApi } from '../cases/api';

/** The case a placement is sought for: its service type is fixed and a booking is tied to it. */
export type MatchCase = Pick<Case, 'id' | 'serviceType'> & { planStart: string | null };

/**
 * Which case the matching is for. With a case in the address, that case; without one, the
 * client's only open case, a choice among several, or none (free service type, no case).
 */
export function ChooseMatchCase({
  clientId,
  caseId,
  onPick,
  children,
}: {
  clientId: number;
  caseId: number | null;
  onPick: (caseId: number) => void;
  children: (c: MatchCase | null, notice: ReactNode) => ReactNode;
}) {
  const { t } = useTranslation('placements');
  const list = useQuery({
    queryKey: ['cases', { clientId }],
    queryFn: () => casesApi.listCases({ clientId }),
    enabled: caseId === null,
  });
  const open = (list.data?.items ?? []).filter((c) => c.stage !== 'closed');
  const chosen = caseId ?? (open.length === 1 ? open[0].id : null);
  const full = useQuery({ queryKey: ['case', chosen], queryFn: () => casesApi.getCase(chosen!), enabled: chosen !== null });

  if (chosen !== null) {
    if (full.isPending) return <Loading text={t('common.loading')} />;
    if (full.isError) return <ErrorNotice error={full.error} />;
    const c = full.data;
    if (c.clientId !== clientId) return <ErrorNotice error={new Error(t('match.pickCase'))} />;
    return <>{children({ id: c.id, serviceType: c.serviceType, planStart: c.plan?.startDate ?? null }, null)}</>;
  }
  if (list.isPending) return <Loading text={t('common.loading')} />;
  if (list.isError) return <>{children(null, <ErrorNotice error={list.error} />)}</>;
  if (open.length > 1) return <CasePicker cases={open} onPick={onPick} />;
  return (
    <>
      {children(
        null,
        <Paragraph mb="m" id="match-no-case">
          {t('match.noCase')}
        </Paragraph>,
      )}
    </>
  );
}

function CasePicker({ cases, onPick }: { cases: CaseSummary[]; onPick: (caseId: number) => void }) {
  const { t } = useTranslation('placements');
  const [value, setValue] = useState(String(cases[0].id));
  return (
    <form
      className="panel stack"
      id="pick-case-form"
      aria-labelledby="pick-case"
      onSubmit={(e) => {
        e.preventDefault();
        onPick(Number(value));
      }}
    >
      <Heading variant="h2" id="pick-case">
        {t('match.pickCase')}
      </Heading>
      <RadioButtonGroup
        id="pick-case-group"
        name="pick-case"
        labelText={t('match.pickCase')}
        labelMode="hidden"
        groupHintText={t('match.pickCaseHint')}
        value={value}
        onChange={(v) => setValue(v)}
      >
        {cases.map((c) => (
          <RadioButton key={c.id} value={String(c.id)} id={`pick-case-${c.id}`}>
            {t('match.caseOption', { type: t(`serviceType.${c.serviceType}`), stage: t(`stage.${c.stage}`, { ns: 'translation' }) })}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <div className="form-actions">
        <Button type="submit" id="use-case">
          {t('match.useCase')}
        </Button>
      </div>
    </form>
  );
}
