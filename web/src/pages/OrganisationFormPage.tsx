import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, CheckboxGroup, ErrorSummary, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { IconPlus, IconRemove } from 'suomifi-icons';
import { api, ApiError } from '../api/client';
import type { Organisation, OrganisationKind } from '../api/types';
import { ORGANISATION_KINDS } from '../api/types';
import { ConflictNotice } from '../components/ConflictNotice';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../components/common';
import { useServerErrors } from '../components/forms';

export default function OrganisationFormPage() {
  const { id } = useParams();
  const orgId = id ? Number(id) : null;
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['organisation', orgId], queryFn: () => api.getOrganisation(orgId!), enabled: orgId !== null });
  const title = orgId === null ? t('organisationForm.createTitle') : t('organisationForm.editTitle');
  if (orgId !== null && q.isPending) return <Loading text={t('common.loading')} />;
  if (orgId !== null && q.isError)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  return <OrganisationForm key={orgId ?? 'new'} original={orgId !== null ? q.data ?? null : null} title={title} />;
}

function OrganisationForm({ original, title }: { original: Organisation | null; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [name, setName] = useState(original?.name ?? '');
  const [kinds, setKinds] = useState<OrganisationKind[]>(original?.kinds ?? []);
  const [regions, setRegions] = useState<string[]>(original ? original.regions.map((r) => r.name) : []);
  const [version, setVersion] = useState(original?.version);
  const [conflict, setConflict] = useState(false);
  const errors = useServerErrors();

  const save = useMutation({
    mutationFn: () => {
      const input = {
        name: name.trim(),
        kinds,
        regions: regions.map((r) => r.trim()).filter(Boolean),
        ...(original ? { version } : {}),
      };
      return original ? api.updateOrganisation(original.id, input) : api.createOrganisation(input);
    },
    onSuccess: (o) => {
      qc.setQueryData(['organisation', o.id], o);
      void qc.invalidateQueries({ queryKey: ['organisations'] });
      navigate('/admin/organisations');
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) {
        errors.clear();
        setConflict(true);
      } else errors.take(e);
    },
  });

  async function refresh(replace: boolean) {
    if (!original) return;
    try {
      const fresh = await api.getOrganisation(original.id);
      setVersion(fresh.version);
      if (replace) {
        setName(fresh.name);
        setKinds(fresh.kinds);
        setRegions(fresh.regions.map((r) => r.name));
      }
      setConflict(false);
    } catch (e) {
      errors.take(e);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }

  const summary = Object.entries(errors.fieldErrors).map(([field, message]) => {
    const base = field.replace(/\[.*$/, '');
    const known = ['name', 'kinds', 'regions'].includes(base);
    return { text: known ? `${t(`organisation.${base}`)}: ${message}` : message, inputId: known ? `org-${base}` : 'org-name' };
  });
  const regionError = Object.entries(errors.fieldErrors).find(([f]) => f.startsWith('regions'))?.[1];

  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/admin/organisations">{t('organisations.back')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      {conflict ? <ConflictNotice onKeepMine={() => refresh(false)} onUseSaved={() => refresh(true)} /> : null}
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      {summary.length ? (
        <ErrorSummary
          headingText={t('validation.summaryHeading', { count: summary.length })}
          headingVariant="h2"
          headingRef={errors.summaryRef}
          items={summary}
          mb="m"
        />
      ) : null}
      <form onSubmit={submit} noValidate className="panel stack" id="organisation-form">
        <TextInput
          id="org-name"
          labelText={t('organisation.name')}
          value={name}
          onChange={(v) => setName(String(v ?? ''))}
          fullWidth
          {...errors.statusOf('name')}
        />
        <CheckboxGroup
          id="org-kinds"
          labelText={t('organisation.kinds')}
          groupStatus={errors.fieldErrors.kinds ? 'error' : 'default'}
          groupStatusText={errors.fieldErrors.kinds}
        >
          {ORGANISATION_KINDS.map((k) => (
            <Checkbox
              key={k}
              id={`org-kind-${k}`}
              checked={kinds.includes(k)}
              onClick={({ checkboxState }) =>
                setKinds((old) => (checkboxState ? [...old.filter((x) => x !== k), k] : old.filter((x) => x !== k)))
              }
            >
              {t(`organisationKind.${k}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <fieldset id="org-regions" className="plain-fieldset">
          <legend>
            <Heading variant="h2" as="span">
              {t('organisation.regions')}
            </Heading>
          </legend>
          <Paragraph mb="s">{t('organisationForm.regionsHint')}</Paragraph>
          {regionError ? (
            <Paragraph mb="s" className="error-text">
              {regionError}
            </Paragraph>
          ) : null}
          {regions.map((r, i) => (
            <div className="row-inline" key={i} style={{ marginBottom: 10 }}>
              <TextInput
                id={`org-region-${i}`}
                labelText={t('organisationForm.regionName', { n: i + 1 })}
                value={r}
                onChange={(v) => setRegions((old) => old.map((x, j) => (j === i ? String(v ?? '') : x)))}
                {...errors.statusOf(`regions[${i}]`)}
              />
              <Button
                variant="secondary"
                icon={<IconRemove />}
                onClick={() => setRegions((old) => old.filter((_, j) => j !== i))}
                aria-label={t('organisationForm.removeRegion', { n: i + 1, name: r })}
              />
            </div>
          ))}
          <Button variant="secondary" icon={<IconPlus />} onClick={() => setRegions((old) => [...old, ''])} id="add-region">
            {t('organisationForm.addRegion')}
          </Button>
        </fieldset>
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending} id="save-organisation">
            {save.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate('/admin/organisations')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
