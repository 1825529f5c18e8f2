import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, Notification, Paragraph, TextInput } from 'suomifi-ui-components';
import { api, ApiError } from '../api/client';
import type { ProcessModel, ProcessStep, Role } from '../api/types';
import { ErrorNotice, Loading, PageTitle } from '../components/common';
import { ConflictNotice } from '../components/ConflictNotice';

/** Roles that can be responsible for a stage of the process. */
const RESPONSIBLE: readonly Role[] = ['social_instructor', 'social_worker', 'coach', 'placement_supervisor', 'manager'];

/**
 * Managers: per region, which role is responsible for each stage (seed 001 asks "who does this?").
 * The API has no list of a manager's regions, so the regions come from the organisation's cases
 * and the address (?region=id); another region can be opened by its number.
 */
export default function ProcessModelPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const cases = useQuery({ queryKey: ['cases', {}], queryFn: () => api.listCases() });
  const known = useMemo(() => {
    const ids = new Set<number>();
    for (const c of cases.data?.items ?? []) if (c.regionId) ids.add(c.regionId);
    return [...ids].sort((a, b) => a - b);
  }, [cases.data]);
  const chosen = params.get('region') ? Number(params.get('region')) : (known[0] ?? null);
  const [typed, setTyped] = useState('');
  const regions = chosen && !known.includes(chosen) ? [...known, chosen].sort((a, b) => a - b) : known;

  return (
    <>
      <PageTitle title={t('processModel.title')}>{t('processModel.title')}</PageTitle>
      <Paragraph mb="m">{t('processModel.intro')}</Paragraph>
      <div className="row-inline" style={{ marginBottom: 20 }}>
        {regions.length ? (
          <Dropdown
            id="region-select"
            labelText={t('processModel.region')}
            value={chosen ? String(chosen) : null}
            visualPlaceholder={t('common.choose')}
            onChange={(v) => setParams({ region: v })}
          >
            {regions.map((r) => (
              <DropdownItem key={r} value={String(r)}>
                {t('processModel.regionName', { id: r })}
              </DropdownItem>
            ))}
          </Dropdown>
        ) : null}
        <form
          className="row-inline"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (/^\d+$/.test(typed.trim())) setParams({ region: typed.trim() });
          }}
        >
          <TextInput
            id="region-number"
            labelText={t('processModel.regionNumber')}
            inputMode="numeric"
            value={typed}
            onChange={(v) => setTyped(String(v ?? ''))}
          />
          <Button type="submit" variant="secondary" id="open-region">
            {t('processModel.open')}
          </Button>
        </form>
      </div>
      {chosen ? <RegionModel key={chosen} regionId={chosen} /> : <Paragraph>{t('processModel.noRegion')}</Paragraph>}
    </>
  );
}

function RegionModel({ regionId }: { regionId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['process-model', regionId], queryFn: () => api.getProcessModel(regionId) });
  const [steps, setSteps] = useState<ProcessStep[]>([]);
  const [mayDecide, setMayDecide] = useState(false);
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  const [other, setOther] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  const load = (m: ProcessModel) => {
    setSteps(m.steps);
    setMayDecide(m.instructorsMayDecide);
    setVersion(m.version);
  };
  useEffect(() => {
    if (q.data) load(q.data);
  }, [q.data]);

  if (q.isPending) return <Loading text={t('common.loading')} />;
  if (q.isError) return <ErrorNotice error={q.error} />;

  async function save(e?: FormEvent) {
    e?.preventDefault();
    setErrors([]);
    setOther(null);
    setConflict(false);
    setSaved(false);
    setPending(true);
    try {
      const m = await api.putProcessModel(regionId, { steps, instructorsMayDecide: mayDecide, version });
      qc.setQueryData(['process-model', regionId], m);
      load(m);
      setSaved(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (err instanceof ApiError && err.status === 422 && err.problem?.errors?.length)
        setErrors(err.problem.errors.map((x) => x.message));
      else setOther(err);
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
        {t('processModel.regionName', { id: regionId })}
      </Heading>
      <Paragraph mb="m" className="muted">
        {version === 0 ? t('processModel.defaults') : t('processModel.version', { version })}
      </Paragraph>
      {conflict ? (
        <ConflictNotice
          onKeepMine={() => {
            void q.refetch().then((r) => {
              if (r.data) setVersion(r.data.version);
              setConflict(false);
            });
          }}
          onUseSaved={() => void reload()}
        />
      ) : null}
      {errors.length ? (
        <Notification status="error" headingText={t('processModel.refused')} headingVariant="h3" showCloseButton={false} mb="m" id="model-errors">
          <ul className="guard-list">
            {errors.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </Notification>
      ) : null}
      {other ? <ErrorNotice error={other} /> : null}
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
