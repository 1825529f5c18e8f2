// The purchaser whose forms a page shows (`?org=`, by default the first the user manages), and the choice between
// them for a manager of more than one.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useAuth } from '../../../shared/auth';
import { publishingOrganisations } from '../access';

export function useFormsOrganisation() {
  const { me } = useAuth();
  const organisations = publishingOrganisations(me);
  const [params, setParams] = useSearchParams();
  const organisation = organisations.find((o) => o.id === Number(params.get('org'))) ?? organisations[0];
  const choose = (id: number) => {
    const next = new URLSearchParams(params);
    next.set('org', String(id));
    next.delete('version');
    setParams(next);
  };
  return { organisations, organisation, choose, params };
}

export function OrganisationChoice({
  organisations,
  value,
  onChange,
}: {
  organisations: { id: number; name: string }[];
  value: number | undefined;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation('forms');
  if (organisations.length < 2 || value === undefined) return null;
  return (
    <div className="fe-org">
      <Dropdown id="forms-organisation" labelText={t('versions.organisation')} value={String(value)} onChange={(v) => onChange(Number(v))} fullWidth>
        {organisations.map((o) => (
          <DropdownItem key={o.id} value={String(o.id)}>
            {o.name}
          </DropdownItem>
        ))}
      </Dropdown>
    </div>
  );
}

/** A version's origin: the purchaser's own, or shipped with Polku. */
export function sourceText(t: (k: string) => string, organisationId: number | null): string {
  return organisationId === null ? t('versions.shipped') : t('versions.own');
}
