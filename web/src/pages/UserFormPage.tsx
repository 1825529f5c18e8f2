import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Dropdown, DropdownItem, ErrorSummary, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { IconPlus, IconRemove } from 'suomifi-icons';
import { api, ApiError } from '../api/client';
import type { Language, Role, User, UserInput } from '../api/types';
import { LANGUAGES, ROLES } from '../api/types';
import { ConflictNotice } from '../components/ConflictNotice';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../components/common';
import { useServerErrors } from '../components/forms';

interface RoleRow {
  organisationId: string;
  role: Role | '';
}

export default function UserFormPage() {
  const { id } = useParams();
  const userId = id ? Number(id) : null;
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['user', userId], queryFn: () => api.getUser(userId!), enabled: userId !== null });
  const title = userId === null ? t('userForm.createTitle') : t('userForm.editTitle');
  if (userId !== null && q.isPending) return <Loading text={t('common.loading')} />;
  if (userId !== null && q.isError)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  return <UserForm key={userId ?? 'new'} original={userId !== null ? q.data ?? null : null} title={title} />;
}

function UserForm({ original, title }: { original: User | null; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: api.listOrganisations });
  const init = (u: User | null) => ({
    username: u?.username ?? '',
    displayName: u?.displayName ?? '',
    email: u?.email ?? '',
    language: (u?.language ?? 'fi') as Language,
    active: u?.active ?? true,
    roles: (u?.roles ?? []).map((r) => ({ organisationId: String(r.organisationId), role: r.role })) as RoleRow[],
  });
  const [v, setV] = useState(() => init(original));
  const [password, setPassword] = useState('');
  const [version, setVersion] = useState(original?.version);
  const [conflict, setConflict] = useState(false);
  const errors = useServerErrors();
  const set = <K extends keyof typeof v>(k: K, x: (typeof v)[K]) => setV((old) => ({ ...old, [k]: x }));
  const setRole = (i: number, patch: Partial<RoleRow>) =>
    set('roles', v.roles.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = useMutation({
    mutationFn: () => {
      const input: UserInput = {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        email: v.email.trim(),
        language: v.language,
        active: v.active,
        roles: v.roles
          .filter((r) => r.organisationId && r.role)
          .map((r) => ({ organisationId: Number(r.organisationId), role: r.role as Role })),
      };
      if (password) input.password = password;
      if (original) input.version = version;
      return original ? api.updateUser(original.id, input) : api.createUser(input);
    },
    onSuccess: (u) => {
      qc.setQueryData(['user', u.id], u);
      void qc.invalidateQueries({ queryKey: ['users'] });
      navigate('/admin/users');
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
      const fresh = await api.getUser(original.id);
      setVersion(fresh.version);
      if (replace) setV(init(fresh));
      setConflict(false);
    } catch (e) {
      errors.take(e);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const incomplete = v.roles.findIndex((r) => !r.organisationId || !r.role);
    if (incomplete >= 0) {
      errors.setFieldErrors({ [`roles[${incomplete}]`]: t('userForm.roleIncomplete') });
      window.setTimeout(() => errors.summaryRef.current?.focus(), 0);
      return;
    }
    save.mutate();
  }

  const known = ['username', 'displayName', 'email', 'language', 'active', 'password', 'roles'];
  const summary = Object.entries(errors.fieldErrors).map(([field, message]) => {
    const base = field.replace(/[[.].*$/, '');
    const idx = /^roles\[(\d+)\]/.exec(field)?.[1];
    // suomifi Dropdown puts the id on its wrapper; the focusable button is `${id}_button`.
    const inputId =
      base === 'roles' && idx !== undefined
        ? `user-role-org-${idx}_button`
        : base === 'language'
          ? 'user-language_button'
          : known.includes(base)
            ? `user-${base}`
            : 'user-username';
    return { text: known.includes(base) ? `${t(`user.${base}`)}: ${message}` : message, inputId };
  });
  const roleError = (i: number) =>
    Object.entries(errors.fieldErrors).find(([f]) => f.startsWith(`roles[${i}]`))?.[1];

  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/admin/users">{t('users.back')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      {conflict ? <ConflictNotice onKeepMine={() => refresh(false)} onUseSaved={() => refresh(true)} /> : null}
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      {orgs.isError ? <ErrorNotice error={orgs.error} /> : null}
      {summary.length ? (
        <ErrorSummary
          headingText={t('validation.summaryHeading', { count: summary.length })}
          headingVariant="h2"
          headingRef={errors.summaryRef}
          items={summary}
          mb="m"
        />
      ) : null}
      <form onSubmit={submit} noValidate id="user-form">
        <section className="panel" aria-labelledby="user-basic">
          <Heading variant="h2" id="user-basic" mb="m">
            {t('userForm.basicSection')}
          </Heading>
          <div className="form-grid">
            <TextInput id="user-username" labelText={t('user.username')} value={v.username} autoComplete="off"
              onChange={(x) => set('username', String(x ?? ''))} fullWidth {...errors.statusOf('username')} />
            <TextInput id="user-displayName" labelText={t('user.displayName')} value={v.displayName} autoComplete="off"
              onChange={(x) => set('displayName', String(x ?? ''))} fullWidth {...errors.statusOf('displayName')} />
            <TextInput id="user-email" type="email" labelText={t('user.email')} value={v.email} autoComplete="off"
              onChange={(x) => set('email', String(x ?? ''))} fullWidth {...errors.statusOf('email')} />
            <Dropdown id="user-language" labelText={t('user.language')} value={v.language}
              onChange={(x) => set('language', x as Language)} fullWidth {...errors.statusOf('language')}>
              {LANGUAGES.map((l) => (
                <DropdownItem key={l} value={l}>
                  {t(`language.${l}`)}
                </DropdownItem>
              ))}
            </Dropdown>
            <TextInput
              id="user-password"
              type="password"
              autoComplete="new-password"
              labelText={t('user.password')}
              hintText={original ? t('userForm.passwordHintEdit') : t('userForm.passwordHintCreate')}
              optionalText={original ? t('common.optional') : undefined}
              value={password}
              onChange={(x) => setPassword(String(x ?? ''))}
              fullWidth
              {...errors.statusOf('password')}
            />
          </div>
          <Checkbox id="user-active" checked={v.active} onClick={({ checkboxState }) => set('active', checkboxState)} mt="m"
            hintText={t('userForm.activeHint')}>
            {t('user.active')}
          </Checkbox>
        </section>
        <section className="panel" aria-labelledby="user-roles">
          <Heading variant="h2" id="user-roles" mb="s">
            {t('user.roles')}
          </Heading>
          <Paragraph mb="m">{t('userForm.rolesHint')}</Paragraph>
          {v.roles.length === 0 ? <Paragraph mb="m">{t('userForm.noRoles')}</Paragraph> : null}
          {v.roles.map((r, i) => (
            <div key={i} className="row-inline" style={{ marginBottom: 15 }}>
              <Dropdown
                id={`user-role-org-${i}`}
                labelText={t('userForm.roleOrganisation', { n: i + 1 })}
                visualPlaceholder={t('common.choose')}
                value={r.organisationId || null}
                onChange={(x) => setRole(i, { organisationId: x })}
                status={roleError(i) ? 'error' : 'default'}
                statusText={roleError(i)}
              >
                {(orgs.data?.items ?? []).map((o) => (
                  <DropdownItem key={o.id} value={String(o.id)}>
                    {o.name}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Dropdown
                id={`user-role-role-${i}`}
                labelText={t('userForm.roleName', { n: i + 1 })}
                visualPlaceholder={t('common.choose')}
                value={r.role || null}
                onChange={(x) => setRole(i, { role: x as Role })}
              >
                {ROLES.map((x) => (
                  <DropdownItem key={x} value={x}>
                    {t(`role.${x}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Button
                variant="secondary"
                icon={<IconRemove />}
                onClick={() => set('roles', v.roles.filter((_, j) => j !== i))}
                aria-label={t('userForm.removeRole', { n: i + 1 })}
              />
            </div>
          ))}
          <Button variant="secondary" icon={<IconPlus />} id="add-role"
            onClick={() => set('roles', [...v.roles, { organisationId: '', role: '' }])}>
            {t('userForm.addRole')}
          </Button>
        </section>
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending} id="save-user">
            {save.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate('/admin/users')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
