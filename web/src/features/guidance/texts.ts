// The guidance texts in Finnish come with the code that shows them (the case page and the start page's list), not in
// the first screen's bundle; Swedish and English come with the other namespaces when chosen.
import i18n from '../../i18n';
import fi from '../../i18n/guidance.fi.json';

if (!i18n.hasResourceBundle('fi', 'guidance')) i18n.addResourceBundle('fi', 'guidance', fi);
