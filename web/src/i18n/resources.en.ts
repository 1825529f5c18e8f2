// The English texts of every namespace, fetched when English is chosen (index.ts keeps Finnish in the main bundle).
import translation from './en.json';
import placements from './placements.en.json';
import orders from './orders.en.json';
import supervisor from './supervisor.en.json';
import attendance from './attendance.en.json';
import notifications from './notifications.en.json';
import attendanceMore from './attendanceMore.en.json';
import periods from './periods.en.json';
import guidance from './guidance.en.json';
import compensation from './compensation.en.json';
import forms from './forms.en.json';
import documents from './documents.en.json';
import meetings from './meetings.en.json';

export default { translation, placements, orders, supervisor, attendance, notifications, periods, attendanceMore, guidance, compensation, forms, documents, meetings };
