// The start page of everyone who can have tasks.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { mayHaveTasks } from '../../shared/auth';

export const myWorkRoutes = <Route path="my-work" lazy={guardedPage(() => import('./MyWorkPage'), mayHaveTasks)} />;
