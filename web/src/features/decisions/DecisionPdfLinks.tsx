import { useTranslation } from 'react-i18next';
import { ExternalLink } from 'suomifi-ui-components';
import { decisionLanguage, decisionPdfUrl, type DecisionLanguage } from './api';

/** Each language's own name for itself: the link to the other language's PDF names it in both. */
const OWN_NAME: Record<DecisionLanguage, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/**
 * The decision as a PDF with its appeal instructions, opened in a new tab: in the UI's language, and in whichever of
 * Finnish and Swedish (the national languages a decision is given in) that is not. A signed decision's PDF is the one
 * kept on the case's documents; a draft's is printed anew, marked as a draft.
 */
export function DecisionPdfLinks({ id, idp = `decision-${id}` }: { id: number; idp?: string }) {
  const { t, i18n } = useTranslation();
  const ui = decisionLanguage(i18n.resolvedLanguage ?? i18n.language);
  const others = (['fi', 'sv'] as const).filter((l) => l !== ui);
  return (
    <ul className="pl-plain-list decision-pdfs" id={`${idp}-pdfs`}>
      <li>
        <ExternalLink href={decisionPdfUrl(id, ui)} labelNewWindow={t('decision.pdfNewWindow')} id={`${idp}-pdf-${ui}`}>
          {t('decision.pdf')}
        </ExternalLink>
      </li>
      {others.map((l) => (
        <li key={l}>
          <ExternalLink href={decisionPdfUrl(id, l)} labelNewWindow={t('decision.pdfNewWindow')} id={`${idp}-pdf-${l}`} hrefLang={l}>
            {t(`decision.pdfIn.${l}`)} / <span lang={l}>{OWN_NAME[l]}</span>
          </ExternalLink>
        </li>
      ))}
    </ul>
  );
}
