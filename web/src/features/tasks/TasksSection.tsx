import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { ErrorNotice, Loading } from '../../shared/common';
import { useTasks } from './api';
import { TaskList } from './TaskList';

/** "Odottaa sinua": the task list (GET /api/v1/tasks) as every start page shows it first. */
export function TasksSection() {
  const { t } = useTranslation();
  const tasks = useTasks();
  return (
    <section className="panel" aria-labelledby="tasks-heading" id="tasks">
      <Heading variant="h2" id="tasks-heading" mb="s">
        {t('tasks.heading')}
      </Heading>
      {tasks.isPending ? <Loading text={t('common.loading')} /> : null}
      {tasks.isError ? <ErrorNotice error={tasks.error} /> : null}
      {tasks.isSuccess ? <TaskList tasks={tasks.data.items} /> : null}
    </section>
  );
}
