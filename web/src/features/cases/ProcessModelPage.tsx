import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';
import { isStaleVersion } from '../../shared/api/client';
import type { ProcessModel, ProcessStep, Role } from '../../shared/api/types';
import { ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { hasRole, useAuth } from '../../shared/auth';
import { ConflictNotice } from '../../shared/ConflictNotice';
import { sameValue } from '../../shared/drafts';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { casesApi } from './api';

/** Roles that can be responsible for a stage of the process. */
const RESPONSIBLE: readonly Role[] = ['social_instructor', 'social_worker', 'coach', 'placement_supervisor', 'manager'];

/** Managers: per region, which role is responsible for each stage (seed 001 asks "who does this?"). */
export default function ProcessModelPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const list = useQuery({ queryKey: ['process-models'], queryFn: casesApi.listProcessModels });
  // Only the regions of organisations where the caller is a manager can be changed.
  const managed = (list.data?.items ?? []).filter((m) => hasRole(me, ['manager'], m.organisationId));
  const orgName = (id: number) => me?.organisations.find((o) => o.id === id)?.name ?? '';
  const several = new Set(managed.map((m) => m.organisationId)).size > 1;
  const label = (m: ProcessModel) => (several ? `${m.regionName} (${orgName(m.organisationId)})` : m.regionName);
  const chosenId = params.get('region') ? Number(params.get('region')) : (managed[0]?.regionId ?? null);
  const chosen = managed.find((m) => m.regionId === chosenId) ?? null;

  return (
    <>
      <PageTitle title={t('processModel.title')}>{t('processModel.title')}</PageTitle>
      <Paragraph mb="m">{t('processModel.intro')}</Paragraph>
      {list.isPending ? <Loading text={t('common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {list.isSuccess && !managed.length ? <Paragraph id="no-regions">{t('processModel.noRegions')}</Paragraph> : null}
      {managed.length ? (
        <div style={{ marginBottom: 20 }}>
          <Dropdown
            id="region-select"
            labelText={t('processModel.region')}
            value={chosen ? String(chosen.regionId) : null}
            visualPlaceholder={t('common.choose')}
            onChange={(v) => setParams({ region: v })}
          >
            {managed.map((m) => (
              <DropdownItem key={m.regionId} value={String(m.regionId)}>
                {label(m)}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
      ) : null}
      {chosen ? <RegionModel key={chosen.regionId} regionId={chosen.regionId} name={label(chosen)} /> : null}
    </>
  );
}

function RegionModel({ regionId, name }: { regionId: number; name: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['process-model', regionId], queryFn: () => casesApi.getProcessModel(regionId) });
  const [steps, setSteps] = useState<ProcessStep[]>([]);
  const [mayDecide, setMayDecide] = useState(false);
  const [version, setVersion] = useState(0);
  const errors = useServerErrors();
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  const load = (m: ProcessModel) => {
    setSteps(m.steps);
    setMayDecide(m.instructorsMayDecide);
    setVersion(m.version);
  };
  // A model read again with the same version (e.g. after a language switch) keeps what the user has chosen.
  const loaded = useRef<number | null>(null);
  useEffect(() => {
    if (q.data && q.data.version !== loaded.current) {
      loaded.current = q.data.version;
      load(q.data);
    }
  }, [q.data]);
  const dirty = q.data !== undefined && !sameValue({ steps, mayDecide }, { steps: q.data.steps, mayDecide: q.data.instructorsMayDecide });
  const leave = useLeaveGuard(dirty);

  if (q.isPending) return <Loading text={t('common.loading')} />;
  if (q.isError) return <ErrorNotice error={q.error} />;

  async function save(e?: FormEvent) {
    e?.preventDefault();
    errors.clear();
    setConflict(false);
    setSaved(false);
    setPending(true);
    try {
      const m = await casesApi.putProcessModel(regionId, { steps, instructorsMayDecide: mayDecide, version });
      leave.release();
      qc.setQueryData(['process-model', regionId], m);
      void qc.invalidateQueries({ queryKey: ['process-models'] });
      load(m);
      setSaved(true);
    } catch (err) {
      if (isStaleVersion(err)) setConflict(true);
      else errors.take(err);
    } finally {
      setPending(false);
    }
  }

  async function reload() {
    const fresh = await q.refetch();
    if (fresh.data) load(fresh.data);
    setConflict(false);
  }

  return (
    <section className="panel" aria-labelledby="model-heading">
      <Heading variant="h2" id="model-heading" mb="s">
        {name}
      </Heading>
      <Paragraph mb="m" className="muted">
        {version === 0 ? t('processModel.defaults') : t('processModel.version', { version })}
      </Paragraph>
      {conflict ? (
        <ConflictNotice
          onKeepMine={() => {
            // The saved version is taken without replacing the roles chosen here.
            void casesApi.getProcessModel(regionId).then((m) => {
              loaded.current = m.version;
              setVersion(m.version);
              qc.setQueryData(['process-model', regionId], m);
              setConflict(false);
            });
          }}
          onUseSaved={() => void reload()}
        />
      ) : null}
      <FieldErrorSummary
        id="model-errors"
        heading={t('processModel.refused')}
        headingVariant="h3"
        headingRef={errors.summaryRef}
        items={summaryItems(errors.fieldErrors, () => null, () => (steps[0] ? `role-${steps[0].stage}_button` : 'save-process-model'))}
      />
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <form onSubmit={save} noValidate id="process-model-form">
        <div className="table-wrap">
          <table className="data-table" id="process-model-table">
            <caption className="visually-hidden">{t('processModel.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.stage')}</th>
                <th scope="col">{t('processModel.responsible')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s, i) => (
                <tr key={s.stage}>
                  <th scope="row">{t(`stage.${s.stage}`)}</th>
                  <td>
                    <Dropdown
                      id={`role-${s.stage}`}
                      labelText={t('processModel.roleFor', { stage: t(`stage.${s.stage}`) })}
                      labelMode="hidden"
                      value={s.responsibleRole}
                      onChange={(v) => {
                        setSaved(false);
                        setSteps((old) => old.map((x, j) => (j === i ? { ...x, responsibleRole: v as Role } : x)));
                      }}
                    >
                      {RESPONSIBLE.map((r) => (
                        <DropdownItem key={r} value={r}>
                          {t(`role.${r}`)}
                        </DropdownItem>
                      ))}
                    </Dropdown>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Checkbox
          id="instructors-may-decide"
          checked={mayDecide}
          onClick={({ checkboxState }) => {
            setSaved(false);
            setMayDecide(checkboxState);
          }}
          hintText={t('processModel.instructorsMayDecideHint')}
          mt="m"
        >
          {t('processModel.instructorsMayDecide')}
        </Checkbox>
        <div className="form-actions">
          <Button type="submit" disabled={pending} id="save-process-model">
            {pending ? t('common.saving') : t('common.save')}
          </Button>
          <span role="status" aria-live="polite" id="process-model-status" className="saved-text">
            {saved ? t('processModel.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
