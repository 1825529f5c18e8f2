// The documents' Finnish texts come with the section's own code (a chunk of its own, fetched when a case page shows
// it), not in the first screen's bundle; Swedish and English come with the other namespaces when chosen.
import i18n from '../../i18n';
import fi from '../../i18n/documents.fi.json';

if (!i18n.hasResourceBundle('fi', 'documents')) i18n.addResourceBundle('fi', 'documents', fi);
