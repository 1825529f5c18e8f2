import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { ErrorNotice, Loading } from '../../shared/common';
import { FieldForm, type FieldSpec } from '../../shared/fieldForm';
import { formatDate, todayIso } from '../../shared/format';
import { compensationApi, compensationKeys, type Adjustment, type Benefit, type TravelClaim, type TravelFare } from './api';
import {
  ADJUSTMENT_FIELDS,
  BENEFIT_END_FIELDS,
  BENEFIT_FIELDS,
  CLAIM_FIELDS,
  FARE_FIELDS,
  adjustmentInput,
  benefitInput,
  blankValues,
  checkEuros,
  claimInput,
  fareInput,
} from './clientForms';
import { formatMoney } from './money';
import './texts';
import './compensation.css';

const ID = 'client-compensation';

/**
 * The client page's compensation (korvaukset): where the client's benefit comes from, the travel fare per attended
 * day, travel costs with a receipt and corrections of days of approved months. The forms are for the purchaser's
 * workers (`mayRecord`); a refused save keeps what was typed and shows the server's messages at the fields.
 */
export function ClientCompensation({ clientId }: { clientId: number }) {
  const { t } = useTranslation('compensation');
  const q = useQuery({ queryKey: compensationKeys.client(clientId), queryFn: () => compensationApi.ofClient(clientId) });
  // Someone who may not read the client's compensation is told nothing about it.
  if (q.isError && q.error instanceof ApiError && q.error.status === 404) return null;
  const c = q.data;
  return (
    <section className="panel" id={ID} aria-labelledby={`${ID}-heading`}>
      <Heading variant="h2" id={`${ID}-heading`} mb="s">
        {t('client.heading')}
      </Heading>
      <Paragraph mb="m">{t('client.intro')}</Paragraph>
      {q.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {c ? (
        <>
          <Benefits clientId={clientId} items={c.benefits} mayRecord={c.mayRecord} />
          <Fares clientId={clientId} items={c.fares} mayRecord={c.mayRecord} />
          <Claims clientId={clientId} items={c.claims} mayRecord={c.mayRecord} />
          <Adjustments clientId={clientId} items={c.adjustments} mayRecord={c.mayRecord} />
        </>
      ) : null}
    </section>
  );
}

/** "1.3.2026 alkaen" or "1.3.2026–31.5.2026". */
function useSpan() {
  const { t } = useTranslation('compensation');
  return (from: string, to: string | null | undefined) =>
    to ? t('client.span', { from: formatDate(from), to: formatDate(to) }) : t('client.from', { from: formatDate(from) });
}

function usePayerName() {
  const { t } = useTranslation('compensation');
  return (b: Pick<Benefit, 'payer' | 'fundName'>) =>
    b.payer === 'unemployment_fund' && b.fundName ? t('payer.fundNamed', { fund: b.fundName }) : t(`payer.${b.payer}`);
}

/** A part of the section: its heading, what it lists, the "add" button and its form, and the saved message. */
function Part({
  idp,
  heading,
  intro,
  addLabel,
  mayRecord,
  saved,
  setSaved,
  form,
  children,
}: {
  idp: string;
  heading: string;
  intro?: string;
  addLabel: string;
  mayRecord: boolean;
  /** Whether the part's last change was saved (its status line says so). */
  saved: boolean;
  setSaved: (saved: boolean) => void;
  /** The form, given a function that closes it after a save. */
  form: (done: () => void) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('compensation');
  const [open, setOpen] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="cm-part" id={idp}>
      <Heading variant="h3" id={`${idp}-heading`} mb="xs">
        {heading}
      </Heading>
      {intro ? <Paragraph mb="s">{intro}</Paragraph> : null}
      {children}
      <p role="status" aria-live="polite" className="saved-text" id={`${idp}-status`}>
        {saved ? t('client.saved') : ''}
      </p>
      {mayRecord ? (
        <Button
          variant="secondary"
          id={`${idp}-add`}
          ref={openRef}
          aria-expanded={open}
          aria-controls={open ? `${idp}-form-area` : undefined}
          onClick={() => {
            setSaved(false);
            setOpen((o) => !o);
          }}
        >
          {addLabel}
        </Button>
      ) : null}
      {mayRecord && open ? (
        <div className="cm-subform" id={`${idp}-form-area`}>
          {form(() => {
            setOpen(false);
            setSaved(true);
            // The form goes away: the focus returns to the button that opened it.
            openRef.current?.focus();
          })}
        </div>
      ) : null}
    </div>
  );
}

/** One add form of the section: the fields, the API call, and the client's compensation read again after a save. */
function AddForm({
  idPrefix,
  fields,
  submitLabel,
  send,
  euros,
  onSaved,
  clientId,
}: {
  idPrefix: string;
  fields: readonly FieldSpec[];
  submitLabel: string;
  send: (body: Record<string, unknown>) => Promise<unknown>;
  /** The fields typed in euros. */
  euros?: readonly string[];
  onSaved: () => void;
  clientId: number;
}) {
  const { t } = useTranslation('compensation');
  const qc = useQueryClient();
  return (
    <FieldForm
      idPrefix={idPrefix}
      fields={fields}
      initial={blankValues(fields)}
      submitLabel={submitLabel}
      check={euros ? checkEuros(euros, t('client.euros')) : undefined}
      onSubmit={async (body) => {
        await send(body);
        await qc.invalidateQueries({ queryKey: compensationKeys.client(clientId) });
        // The open month's batch counts the new payer, fare, claim or adjustment.
        void qc.invalidateQueries({ queryKey: ['compensation', 'batch'] });
        onSaved();
      }}
    />
  );
}

function Benefits({ clientId, items, mayRecord }: { clientId: number; items: Benefit[]; mayRecord: boolean }) {
  const { t } = useTranslation('compensation');
  const span = useSpan();
  const payerName = usePayerName();
  const idp = `${ID}-benefits`;
  const [ending, setEnding] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  // After the end form closes, the focus goes to the benefit ended (or back to its "Päätä" button).
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);
  const qc = useQueryClient();
  const today = todayIso();
  const sorted = [...items].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Part
      idp={idp}
      heading={t('client.benefits.heading')}
      addLabel={t('client.benefits.add')}
      mayRecord={mayRecord}
      saved={saved}
      setSaved={setSaved}
      form={(done) => (
        <AddForm
          clientId={clientId}
          idPrefix={`${idp}-new`}
          fields={BENEFIT_FIELDS}
          submitLabel={t('client.benefits.save')}
          send={(body) => compensationApi.addBenefit(clientId, benefitInput(body))}
          onSaved={done}
        />
      )}
    >
      {sorted.length === 0 ? (
        <Paragraph id={`${idp}-none`}>{t('client.benefits.none')}</Paragraph>
      ) : (
        <ul className="cm-list" id={`${idp}-list`}>
          {sorted.map((b) => {
            const name = `${payerName(b)} ${span(b.validFrom, b.validTo)}`;
            const endable = mayRecord && (!b.validTo || b.validTo >= today);
            return (
              <li key={b.id} id={`benefit-${b.id}`} data-payer={b.payer} tabIndex={-1}>
                <strong>{payerName(b)}</strong> {span(b.validFrom, b.validTo)}{' '}
                <span className="muted">({t('client.recordedBy', { name: b.createdBy })})</span>
                {endable && ending !== b.id ? (
                  <>
                    {' '}
                    <Button
                      variant="secondaryNoBorder"
                      id={`benefit-${b.id}-end`}
                      aria-label={t('client.benefits.endLabel', { benefit: name })}
                      onClick={() => {
                        setSaved(false);
                        setFocusId(null);
                        setEnding(b.id);
                      }}
                    >
                      {t('client.benefits.end')}
                    </Button>
                  </>
                ) : null}
                {ending === b.id ? (
                  <div className="cm-subform" role="group" aria-label={`${t('client.benefits.endHeading')}: ${name}`}>
                    <FieldForm
                      idPrefix={`benefit-${b.id}-end`}
                      fields={BENEFIT_END_FIELDS}
                      initial={blankValues(BENEFIT_END_FIELDS)}
                      submitLabel={t('client.benefits.endSave')}
                      onSubmit={async (body) => {
                        await compensationApi.endBenefit(clientId, b.id, typeof body.validTo === 'string' ? body.validTo : '');
                        await qc.invalidateQueries({ queryKey: compensationKeys.client(clientId) });
                        void qc.invalidateQueries({ queryKey: ['compensation', 'batch'] });
                        setEnding(null);
                        setSaved(true);
                        setFocusId(`benefit-${b.id}`);
                      }}
                      extraActions={
                        <Button
                          variant="secondary"
                          id={`benefit-${b.id}-end-cancel`}
                          onClick={() => {
                            setEnding(null);
                            setFocusId(`benefit-${b.id}-end`);
                          }}
                        >
                          {t('client.cancel')}
                        </Button>
                      }
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Part>
  );
}

function Fares({ clientId, items, mayRecord }: { clientId: number; items: TravelFare[]; mayRecord: boolean }) {
  const { t, i18n } = useTranslation('compensation');
  const span = useSpan();
  const idp = `${ID}-fares`;
  const [saved, setSaved] = useState(false);
  const today = todayIso();
  const sorted = [...items].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const coming = sorted.filter((f) => f.validFrom > today);
  const current = sorted.find((f) => f.validFrom <= today && (!f.validTo || f.validTo >= today));
  const earlier = sorted.filter((f) => f.validFrom <= today && f !== current);
  const line = (f: TravelFare) => (
    <>
      {t('client.fares.line', { amount: formatMoney(f.centsPerDay, i18n.language), means: f.means })}, {span(f.validFrom, f.validTo)}{' '}
      <span className="muted">({t('client.recordedBy', { name: f.createdBy })})</span>
    </>
  );
  const list = (key: string, of: TravelFare[]) =>
    of.length ? (
      <>
        <Heading variant="h4" id={`${idp}-${key}-heading`} mb="xxs">
          {t(`client.fares.${key}`)}
        </Heading>
        <ul className="cm-list" id={`${idp}-${key}`} aria-labelledby={`${idp}-${key}-heading`}>
          {of.map((f) => (
            <li key={f.id} id={`fare-${f.id}`}>
              {line(f)}
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <Part
      idp={idp}
      heading={t('client.fares.heading')}
      intro={t('client.fares.intro')}
      addLabel={t('client.fares.add')}
      mayRecord={mayRecord}
      saved={saved}
      setSaved={setSaved}
      form={(done) => (
        <AddForm
          clientId={clientId}
          idPrefix={`${idp}-new`}
          fields={FARE_FIELDS}
          euros={['centsPerDay']}
          submitLabel={t('client.fares.save')}
          send={(body) => compensationApi.addFare(clientId, fareInput(body))}
          onSaved={done}
        />
      )}
    >
      {sorted.length === 0 ? <Paragraph id={`${idp}-none`}>{t('client.fares.none')}</Paragraph> : null}
      {list('current', current ? [current] : [])}
      {list('coming', coming)}
      {list('earlier', earlier)}
    </Part>
  );
}

function Claims({ clientId, items, mayRecord }: { clientId: number; items: TravelClaim[]; mayRecord: boolean }) {
  const { t, i18n } = useTranslation('compensation');
  const idp = `${ID}-claims`;
  const [saved, setSaved] = useState(false);
  const sorted = [...items].sort((a, b) => b.day.localeCompare(a.day) || b.id - a.id);
  return (
    <Part
      idp={idp}
      heading={t('client.claims.heading')}
      addLabel={t('client.claims.add')}
      mayRecord={mayRecord}
      saved={saved}
      setSaved={setSaved}
      form={(done) => (
        <AddForm
          clientId={clientId}
          idPrefix={`${idp}-new`}
          fields={CLAIM_FIELDS}
          euros={['cents']}
          submitLabel={t('client.claims.save')}
          send={(body) => compensationApi.addClaim(clientId, claimInput(body))}
          onSaved={done}
        />
      )}
    >
      {sorted.length === 0 ? (
        <Paragraph id={`${idp}-none`}>{t('client.claims.none')}</Paragraph>
      ) : (
        <ul className="cm-list" id={`${idp}-list`}>
          {sorted.map((c) => (
            <li key={c.id} id={`claim-${c.id}`}>
              <strong>
                {formatDate(c.day)} · {formatMoney(c.cents, i18n.language)}
              </strong>{' '}
              {c.description}
              <div className="muted">
                {c.batchId !== null ? t('client.claims.paid') : t('client.claims.waiting')} ·{' '}
                {t('client.recordedBy', { name: c.createdBy })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Part>
  );
}

function Adjustments({ clientId, items, mayRecord }: { clientId: number; items: Adjustment[]; mayRecord: boolean }) {
  const { t } = useTranslation('compensation');
  const idp = `${ID}-adjustments`;
  const [saved, setSaved] = useState(false);
  const sorted = [...items].sort((a, b) => b.day.localeCompare(a.day) || b.id - a.id);
  return (
    <Part
      idp={idp}
      heading={t('client.adjustments.heading')}
      intro={t('client.adjustments.intro')}
      addLabel={t('client.adjustments.add')}
      mayRecord={mayRecord}
      saved={saved}
      setSaved={setSaved}
      form={(done) => (
        <AddForm
          clientId={clientId}
          idPrefix={`${idp}-new`}
          fields={ADJUSTMENT_FIELDS}
          submitLabel={t('client.adjustments.save')}
          send={(body) => compensationApi.addAdjustment(clientId, adjustmentInput(body))}
          onSaved={done}
        />
      )}
    >
      {sorted.length === 0 ? (
        <Paragraph id={`${idp}-none`}>{t('client.adjustments.none')}</Paragraph>
      ) : (
        <ul className="cm-list" id={`${idp}-list`}>
          {sorted.map((a) => (
            <li key={a.id} id={`adjustment-${a.id}`}>
              <strong>
                {formatDate(a.day)}: {a.attended ? t('client.adjustments.counts') : t('client.adjustments.notCounts')}
              </strong>{' '}
              {a.reason}
              <div className="muted">
                {a.batchId !== null ? t('client.adjustments.paid') : t('client.adjustments.waiting')} ·{' '}
                {t('client.recordedBy', { name: a.createdBy })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Part>
  );
}
