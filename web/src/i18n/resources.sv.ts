// The Swedish texts of every namespace, fetched when Swedish is chosen (index.ts keeps Finnish in the main bundle).
import translation from './sv.json';
import placements from './placements.sv.json';
import orders from './orders.sv.json';
import supervisor from './supervisor.sv.json';
import attendance from './attendance.sv.json';
import notifications from './notifications.sv.json';
import attendanceMore from './attendanceMore.sv.json';
import periods from './periods.sv.json';
import guidance from './guidance.sv.json';
import compensation from './compensation.sv.json';
import forms from './forms.sv.json';
import documents from './documents.sv.json';
import meetings from './meetings.sv.json';

export default { translation, placements, orders, supervisor, attendance, notifications, periods, attendanceMore, guidance, compensation, forms, documents, meetings };
