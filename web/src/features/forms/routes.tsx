// The forms a purchaser uses (`/forms?org=`), a form's versions (`/forms/:kind?org=&version=`) and the editor of a
// new version (`/forms/:kind/edit?org=`), for the purchaser's managers; the placement feedback of the periods at a
// host's places (`/placement-feedback`), for the place's staff.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { givesPlacementFeedback, keepsForms } from './access';

export const formRoutes = (
  <>
    <Route path="forms" lazy={guardedPage(() => import('./versions/FormsPage'), keepsForms)} />
    <Route path="forms/:kind" lazy={guardedPage(() => import('./versions/FormVersionsPage'), keepsForms)} />
    <Route path="forms/:kind/edit" lazy={guardedPage(() => import('./versions/FormEditorPage'), keepsForms)} />
    <Route
      path="placement-feedback"
      lazy={guardedPage(() => import('./feedback/PlacementFeedbackPage'), givesPlacementFeedback)}
    />
  </>
);
