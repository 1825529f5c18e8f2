import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  onSubmit: () => void;
  onCancel: () => void;
  saveText: string;
  problem: string;
  saveDisabled?: boolean;
  children: ReactNode;
};

/** The attendance screen's small forms: their fields, the problem (announced), save and cancel as large targets. */
export function PhoneForm({ onSubmit, onCancel, saveText, problem, saveDisabled = false, children }: Props) {
  const { t } = useTranslation('attendance');
  return (
    <form
      className="at-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      {problem ? (
        <p className="at-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="at-actions">
        <button type="submit" className="at-button at-primary" disabled={saveDisabled}>
          {saveText}
        </button>
        <button type="button" className="at-button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
