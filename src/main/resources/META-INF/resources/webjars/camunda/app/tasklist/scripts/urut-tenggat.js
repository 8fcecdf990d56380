// Tasklist sorts a list by creation time unless the address names an order. Staff here work to
// the mutu baku deadline, so a list opened without an explicit order is sorted by due date,
// nearest first; a sort the user picks in Tasklist is kept.
const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function sortByDueDateUnlessChosen() {
  const hash = window.location.hash || '#/';
  const queryStart = hash.indexOf('?');
  const path = queryStart < 0 ? hash : hash.substring(0, queryStart);
  if (path !== '#/' && path !== '#') {
    return;
  }
  const params = new URLSearchParams(queryStart < 0 ? '' : hash.substring(queryStart + 1));
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_DATE_FIRST);
  window.location.replace('#/?' + params.toString());
}

window.addEventListener('hashchange', sortByDueDateUnlessChosen);
sortByDueDateUnlessChosen();

export default [];
