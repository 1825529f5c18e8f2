// The compensation texts in Finnish come with the code that shows them (the batch page, the absence notices and
// the client page's section), not in the first screen's bundle; Swedish and English come with the other namespaces
// when chosen.
import i18n from '../../i18n';
import fi from '../../i18n/compensation.fi.json';

if (!i18n.hasResourceBundle('fi', 'compensation')) i18n.addResourceBundle('fi', 'compensation', fi);
