import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';

import { isStaleVersion } from '../../shared/api/client';
import type { Client } from '../../shared/api/types';
import { hasRole, useAuth, WORKER_ROLES } from '../../shared/auth';
import { ErrorNotice } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { useHashTarget } from '../../shared/hashTarget';
import { organisationsApi } from '../organisations/api';
import { clientsApi } from './api';

/**
 * Who is the client's own worker, and naming one: the organisation's managers assign the work (a client without
 * an own worker is on their task list, whose link lands here), and the workers who edit the client may too.
 */
export function OwnWorkerSection({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const qc = useQueryClient();
  const mayAssign = hasRole(me, WORKER_ROLES, client.organisationId);  // the workers and the managers
  const workers = useQuery({ queryKey: ['workers'], queryFn: organisationsApi.listWorkers, staleTime: 60_000, enabled: mayAssign });
  const [chosen, setChosen] = useState<string>(client.ownWorkerId ? String(client.ownWorkerId) : '');
  const errors = useServerErrors();
  useHashTarget(true);
  const save = useMutation({
    mutationFn: () => clientsApi.assignOwnWorker(client.id, chosen ? Number(chosen) : null, client.version),
    onSuccess: (c) => {
      qc.setQueryData(['client', c.id], c);
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      void qc.invalidateQueries({ queryKey: ['cases'] });
    },
    onError: (e) => {
      errors.take(e);
      // Saved meanwhile by someone else: read the client again (the section starts over from it).
      if (isStaleVersion(e)) void qc.invalidateQueries({ queryKey: ['client', client.id] });
    },
  });
  const items = (workers.data?.items ?? []).filter((w) => w.organisationId === client.organisationId);
  return (
    <section className="panel" aria-labelledby="own-worker-heading" id="own-worker" tabIndex={-1}>
      <Heading variant="h2" id="own-worker-heading" mb="s">
        {t('ownWorker.heading')}
      </Heading>
      <Paragraph mb="s" id="own-worker-current">
        {client.ownWorkerName ? client.ownWorkerName : t('ownWorker.none')}
      </Paragraph>
      {/* suomifi's Dropdown needs at least one item: it is shown once the workers are read. */}
      {mayAssign && items.length > 0 ? (
        <form
          className="row-inline"
          onSubmit={(e) => {
            e.preventDefault();
            errors.clear();
            save.mutate();
          }}
        >
          <Dropdown
            id="own-worker-choice"
            labelText={t('ownWorker.choose')}
            visualPlaceholder={t('ownWorker.placeholder')}
            value={chosen || null}
            onChange={(v) => setChosen(v)}
            {...errors.statusOf('ownWorkerId')}
          >
            {items.map((w) => (
              <DropdownItem key={w.id} value={String(w.id)}>
                {w.displayName}
              </DropdownItem>
            ))}
          </Dropdown>
          <Button type="submit" variant="secondary" id="own-worker-save" disabled={save.isPending || !chosen}>
            {t('ownWorker.save')}
          </Button>
        </form>
      ) : null}
      {workers.isError ? <ErrorNotice error={workers.error} /> : null}
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <p role="status" aria-live="polite" className="saved-text" id="own-worker-status">
        {save.isSuccess ? t('ownWorker.saved') : ''}
      </p>
    </section>
  );
}
