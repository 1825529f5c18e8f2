// The forms' Finnish texts come with the forms' own code (a chunk of its own, fetched when a case page shows the
// section), not in the first screen's bundle; Swedish and English come with the other namespaces when chosen.
import i18n from '../../i18n';
import fi from '../../i18n/forms.fi.json';

if (!i18n.hasResourceBundle('fi', 'forms')) i18n.addResourceBundle('fi', 'forms', fi);
