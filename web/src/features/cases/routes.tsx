// Cases and the regions' process models.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { isManager, readsCases } from '../../shared/auth';
import CasePage from './CasePage';
import CasesPage from './CasesPage';
import ProcessModelPage from './ProcessModelPage';

export const caseRoutes = (
  <>
    <Route path="cases" element={<Guard allow={readsCases}><CasesPage /></Guard>} />
    <Route path="cases/:id" element={<Guard allow={readsCases}><CasePage /></Guard>} />
    <Route path="admin/process-model" element={<Guard allow={isManager}><ProcessModelPage /></Guard>} />
  </>
);
