// The forms a purchaser uses (`/forms?org=`), a form's versions (`/forms/:kind?org=&version=`) and the editor of a
// new version (`/forms/:kind/edit?org=`), for the purchaser's managers.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { keepsForms } from './access';

export const formRoutes = (
  <>
    <Route path="forms" lazy={guardedPage(() => import('./versions/FormsPage'), keepsForms)} />
    <Route path="forms/:kind" lazy={guardedPage(() => import('./versions/FormVersionsPage'), keepsForms)} />
    <Route path="forms/:kind/edit" lazy={guardedPage(() => import('./versions/FormEditorPage'), keepsForms)} />
  </>
);
