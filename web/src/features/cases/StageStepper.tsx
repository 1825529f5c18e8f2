import { useTranslation } from 'react-i18next';

/**
 * The stages of a case as an ordered list (suomifi-ui-components has no stepper).
 * Each step says in text whether it is done, current or still to come, so the state
 * does not rest on colour alone; the current step carries aria-current="step" (for a closed
 * case the last step, "closed").
 */
export function StageStepper<S extends string>({
  stages,
  current,
  closed,
  id = 'case-stepper',
}: {
  stages: readonly S[];
  current: S;
  closed?: boolean;
  id?: string;
}) {
  const { t } = useTranslation();
  const at = stages.indexOf(current);
  return (
    <ol className="stepper" id={id} aria-label={t('case.stepperLabel')}>
      {stages.map((s, i) => {
        const state = i < at ? 'done' : i === at ? 'current' : 'todo';
        return (
          <li
            key={s}
            className={`stepper__step stepper__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
            data-stage={s}
          >
            <span className="stepper__marker" aria-hidden="true">
              {state === 'done' || (closed && state === 'current') ? '✓' : i + 1}
            </span>
            <span className="stepper__text">
              <span className="stepper__name">{t(`stage.${s}`)}</span>
              <span className="stepper__state">{t(`case.stepState.${state}`)}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
