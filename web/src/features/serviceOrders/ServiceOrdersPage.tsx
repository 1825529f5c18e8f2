import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Paragraph, Textarea } from 'suomifi-ui-components';
import { serviceOrdersApi, type ServiceOrder, type ServiceOrderStatus } from './api';
import { hasRole, useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { useHashTarget } from '../../shared/hashTarget';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { OrderDetails } from './OrderDetails';
import './serviceOrders.css';

const ALL = 'all';
const STATUSES: readonly ServiceOrderStatus[] = ['sent', 'accepted', 'declined'];

/** Orders to the user's provider organisations (?status=sent); managers answer them here. */
export default function ServiceOrdersPage() {
  const { t } = useTranslation('orders');
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const p = params.get('status');
  const status = p && (STATUSES as readonly string[]).includes(p) ? (p as ServiceOrderStatus) : undefined;
  const list = useQuery({
    queryKey: ['service-orders', { status: status ?? null }],
    queryFn: () => serviceOrdersApi.list({ status }),
  });
  const items = list.data?.items ?? [];
  // Only this page's own provider orders: a county that also purchases sees its own orders on the case pages.
  const incoming = items.filter((o) => hasRole(me, ['manager', 'coach'], o.providerOrganisationId));
  // A task's link lands on its order (#order-12).
  useHashTarget(list.isSuccess);
  return (
    <>
      <PageTitle title={t('page.title')}>{t('page.title')}</PageTitle>
      <Paragraph mb="m">{t(hasRole(me, ['manager']) ? 'page.intro' : 'page.introCoach')}</Paragraph>
      <div style={{ marginBottom: 20 }}>
        <Dropdown id="order-status-filter" labelText={t('page.filter')} value={status ?? ALL} onChange={(v) => setParams(v === ALL ? {} : { status: v })}>
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t('page.all')}
            </DropdownItem>,
            ...STATUSES.map((s) => (
              <DropdownItem key={s} value={s}>
                {t(`status.${s}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      {list.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {list.isSuccess && !incoming.length ? <Paragraph>{t('page.empty')}</Paragraph> : null}
      {incoming.length ? (
        <ul className="order-list" id="incoming-orders" aria-label={t('page.listLabel', { count: incoming.length })}>
          {incoming.map((o) => (
            <li key={o.id} id={`order-${o.id}`}>
              <OrderDetails order={o} showClient />
              {o.status === 'accepted' && o.caseId ? (
                <Paragraph mt="s">
                  <AppLink to={`/cases/${o.caseId}`} id={`order-${o.id}-case`}>
                    {t('order.openCase')}
                  </AppLink>
                </Paragraph>
              ) : null}
              {o.status === 'sent' && hasRole(me, ['manager'], o.providerOrganisationId) ? <Answer order={o} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Accept naming one of the provider's coaches, or decline with a reason; either way with a reply to the purchaser. */
function Answer({ order }: { order: ServiceOrder }) {
  const { t } = useTranslation('orders');
  const qc = useQueryClient();
  const [mode, setMode] = useState<'accept' | 'decline' | null>(null);
  const [coach, setCoach] = useState('');
  const [reply, setReply] = useState('');
  const [pending, setPending] = useState(false);
  const errors = useServerErrors();
  const leave = useLeaveGuard(mode !== null && (coach !== '' || reply.trim() !== ''));
  const coaches = useQuery({ queryKey: ['coaches'], queryFn: serviceOrdersApi.coaches, enabled: mode === 'accept', staleTime: 60_000 });
  const own = (coaches.data?.items ?? []).filter((c) => c.organisationId === order.providerOrganisationId);
  const prefix = `order-${order.id}`;

  async function send() {
    errors.clear();
    const local: Record<string, string> = {};
    if (mode === 'accept' && !coach) local.coachUserId = t('translation:validation.required');
    if (mode === 'decline' && !reply.trim()) local.responseNote = t('translation:validation.required');
    if (Object.keys(local).length) {
      errors.refuse(local);
      return;
    }
    setPending(true);
    try {
      // The reply goes with both answers; declining requires it (the reason).
      await serviceOrdersApi.answer(
        order.id,
        mode === 'accept'
          ? { status: 'accepted', coachUserId: Number(coach), responseNote: reply.trim() }
          : { status: 'declined', responseNote: reply.trim() },
      );
      leave.release();
      await qc.invalidateQueries({ queryKey: ['service-orders'] });
      await qc.invalidateQueries({ queryKey: ['cases'] });
      await qc.invalidateQueries({ queryKey: ['tasks'] });
    } catch (e) {
      errors.take(e);
    } finally {
      setPending(false);
    }
  }

  if (!mode) {
    return (
      <div className="form-actions">
        <Button id={`${prefix}-accept`} onClick={() => setMode('accept')}>
          {t('answer.accept')}
        </Button>
        <Button id={`${prefix}-decline`} variant="secondary" onClick={() => setMode('decline')}>
          {t('answer.decline')}
        </Button>
      </div>
    );
  }
  const ids: Record<string, string> = { coachUserId: `${prefix}-coach_button`, responseNote: `${prefix}-reply` };
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => (f === 'coachUserId' ? t('field.coach') : f === 'responseNote' ? t('field.reply') : null),
    (f) => ids[f] ?? (mode === 'accept' && own.length ? ids.coachUserId : ids.responseNote),
  );
  return (
    <form
      id={`${prefix}-answer`}
      className="stack"
      style={{ marginTop: 15 }}
      noValidate
      aria-label={t('answer.heading', { client: order.clientName })}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary
        id={`${prefix}-errors`}
        heading={t('translation:validation.summaryHeading', { count: summary.length })}
        headingVariant="h4"
        headingRef={errors.summaryRef}
        items={summary}
      />
      {mode === 'accept' && coaches.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {coaches.isError ? <ErrorNotice error={coaches.error} /> : null}
      {mode === 'accept' && own.length ? (
        <Dropdown
          id={`${prefix}-coach`}
          labelText={t('field.coach')}
          hintText={t('field.coachHint')}
          visualPlaceholder={t('translation:common.choose')}
          value={coach || null}
          onChange={setCoach}
          {...errors.statusOf('coachUserId')}
          fullWidth
        >
          {own.map((c) => (
            <DropdownItem key={c.id} value={String(c.id)}>
              {c.displayName}
            </DropdownItem>
          ))}
        </Dropdown>
      ) : null}
      <Textarea
        id={`${prefix}-reply`}
        labelText={t('field.reply')}
        hintText={mode === 'accept' ? t('field.replyAcceptHint') : t('field.replyDeclineHint')}
        optionalText={mode === 'accept' ? t('translation:common.optional') : undefined}
        value={reply}
        onChange={(e) => setReply(e.target.value)}
        {...errors.statusOf('responseNote')}
        fullWidth
      />
      <div className="form-actions">
        <Button type="submit" id={`${prefix}-confirm`} disabled={pending || (mode === 'accept' && !own.length)}>
          {mode === 'accept' ? t('answer.confirmAccept') : t('answer.confirmDecline')}
        </Button>
        <Button variant="secondary" id={`${prefix}-cancel`} onClick={() => setMode(null)}>
          {t('answer.cancel')}
        </Button>
      </div>
    </form>
  );
}
