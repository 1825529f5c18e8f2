// The meetings' Finnish texts come with the meetings' own code (a chunk of its own, fetched when a case page shows
// the section), not in the first screen's bundle; Swedish and English come with the other namespaces when chosen.
import i18n from '../../i18n';
import fi from '../../i18n/meetings.fi.json';

if (!i18n.hasResourceBundle('fi', 'meetings')) i18n.addResourceBundle('fi', 'meetings', fi);
