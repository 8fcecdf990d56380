// What the project's Tasklist and Cockpit scripts ask the server, in one place: JSON with the
// webapp's login, the engine API of the webapp in use, and a task's process and case number.

/** GET of JSON with the webapp's session; a refused answer rejects with the response. */
export function getJson(url) {
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : Promise.reject(response)));
}

/** The engine API the webapp itself uses ("…/camunda/api/engine/engine/default"). */
export function engineApi() {
  const base = document.querySelector('base');
  const engine = (window.location.pathname.match(/\/app\/(?:tasklist|cockpit|admin)\/([^/]+)\//) || [])[1]
    || 'default';
  return (base ? base.getAttribute('engine-api') : '/camunda/api/engine/') + 'engine/' + engine;
}

// a task's facts, asked once per task until forgotten
const tasks = new Map();

/**
 * {id, name, assignee, taskKey, processInstanceId, processKey, businessKey} of a task the user may see,
 * or null when it cannot be read.
 */
export function taskInfo(taskId) {
  if (!tasks.has(taskId)) {
    const api = engineApi();
    tasks.set(taskId, getJson(api + '/task/' + encodeURIComponent(taskId))
      .then(task => getJson(api + '/history/process-instance/' + encodeURIComponent(task.processInstanceId))
        .then(instance => ({
          id: task.id,
          name: task.name,
          assignee: task.assignee,
          taskKey: task.taskDefinitionKey,
          processInstanceId: task.processInstanceId,
          processKey: instance.processDefinitionKey,
          businessKey: instance.businessKey
        })))
      .catch(() => {
        tasks.delete(taskId);
        return null;
      }));
  }
  return tasks.get(taskId);
}

/** Reads the task again next time (its holder may have changed). */
export function forgetTask(taskId) {
  tasks.delete(taskId);
}
