// The periods' Finnish texts come with the case page's code rather than in the first screen's bundle (the phone's
// JavaScript budget, tests/browser/budget.test.mjs); Swedish and English come with the other namespaces when chosen.
import i18n from '../../i18n';
import fi from '../../i18n/periods.fi.json';

if (!i18n.hasResourceBundle('fi', 'periods')) i18n.addResourceBundle('fi', 'periods', fi);
