// The texts of what opens below the day's marks (groups, the calendar link, observations, orientation) come with
// that code rather than in the first screen's bundle (the phone's JavaScript budget); Swedish and English come
// with the other namespaces when chosen.
import i18n from '../../i18n';
import fi from '../../i18n/attendanceMore.fi.json';

if (!i18n.hasResourceBundle('fi', 'attendanceMore')) i18n.addResourceBundle('fi', 'attendanceMore', fi);
