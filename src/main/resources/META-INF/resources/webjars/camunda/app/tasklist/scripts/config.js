// Tasklist configuration of Standar Pelayanan (replaces the webjar's default config.js).
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Standar Pelayanan'
  },
  // staff work to deadlines (mutu baku): open every task list sorted by due date
  customScripts: ['scripts/urut-tenggat'],
  // Camunda's default keyboard shortcuts, kept
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
