// A group's session page, inside <Route element={<Layout />}> in App.tsx; the server decides who is the place's staff.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';

export const attendanceRoutes = <Route path="groups/:id" lazy={guardedPage(() => import('./GroupPage'))} />;
