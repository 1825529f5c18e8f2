// The start page of everyone who can have tasks.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { mayHaveTasks } from '../../shared/auth';
import MyWorkPage from './MyWorkPage';

export const myWorkRoutes = <Route path="my-work" element={<Guard allow={mayHaveTasks}><MyWorkPage /></Guard>} />;
