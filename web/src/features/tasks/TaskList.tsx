import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { AppLink } from '../../shared/common';
import { formatDate, formatHours } from '../../shared/format';
import type { Task } from './api';
import { taskKey, taskPath } from './links';
import './tasks.css';

/**
 * What waits for the user, in the server's order. Each item names the client, what waits, since when and by when, and
 * has one link whose text says what to do (with the client's name for screen readers, so that the links of a list of
 * decisions do not all read "Make the decision").
 */
export function TaskList({ tasks }: { tasks: readonly Task[] }) {
  const { t } = useTranslation();
  if (tasks.length === 0) return <Paragraph id="no-tasks">{t('tasks.empty')}</Paragraph>;
  return (
    <ul className="task-list" id="task-list">
      {tasks.map((task) => (
        <TaskItem key={taskKey(task)} task={task} />
      ))}
    </ul>
  );
}

function TaskItem({ task }: { task: Task }) {
  const { t } = useTranslation();
  const path = taskPath(task);
  // i18next contexts: `_{party}` names whose acknowledgement waits, `_place` adds the place's name.
  // A guidance window with its hours met lacks only the social guidance (`_social`).
  const socialOnly = task.kind === 'guidance_falling_behind' && task.missingMinutes === 0;
  const context = [task.party, task.placeName ? 'place' : null, socialOnly ? 'social' : null].filter(Boolean).join('_') || undefined;
  const what = t(`tasks.what.${task.kind}`, { context, place: task.placeName ?? '', missing: formatHours(task.missingMinutes) });
  const action = t(`tasks.action.${task.kind}`, { context: task.party ?? undefined });
  return (
    <li data-kind={task.kind} className="task-item">
      <div>
        {task.overdue ? (
          <>
            <span className="badge badge--alert">{t('tasks.overdue')}</span>{' '}
          </>
        ) : null}
        <strong>{task.clientName}</strong>: {what}
      </div>
      <div className="task-item__dates muted">
        <span>{t('tasks.since', { date: formatDate(task.since) })}</span>
        {task.due ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{t('tasks.due', { context: task.kind, date: formatDate(task.due) })}</span>
          </>
        ) : null}
      </div>
      {path ? (
        <div className="task-item__action">
          <AppLink to={path}>
            {action}
            <span className="visually-hidden">: {task.clientName}</span>
          </AppLink>
        </div>
      ) : null}
    </li>
  );
}
