// Peringatan 1 of POS H2/POS/CT.7/2023 (seed 003) in Tasklist: "jika pelaksana dalam keadaan berhalangan,
// maka dialihkan ke pelaksana lain dengan surat penugasan".
// - On a task of the processes the rule covers (penugasan.proses of config.js, webapp.WebappConfig, the
//   same list informasi.PenugasanGuard enforces), the task's actions offer "Alihkan dengan surat
//   penugasan": a dialog asks for the colleague (chosen from the members of the step's candidate groups
//   when the user may list them, typed otherwise) and the letter's number, and sends them to
//   POST /api/tugas/{taskId}/penugasan with the Tasklist session and Camunda's CSRF token.
// - Tasklist's own assignee field with a colleague's id is refused by the engine (403): the refusal is
//   shown in Bahasa Indonesia as a clerk reads it, naming this action. A staff member cannot look other
//   users up (README, "The user list is for administrators"), so Tasklist would only mark the id red
//   without a word; on these tasks the id goes to the engine, which decides and explains.
// Whatever a person typed (a user id, a letter's number) is put into the page as text, never as HTML.
import {engineApi, forgetTask, getJson, taskInfo as readTask} from '../../standar-pelayanan/permintaan.js';

const LABEL = 'Alihkan dengan surat penugasan';
const REFUSAL_START = 'Tugas hanya dapat dialihkan kepada petugas lain dengan surat penugasan';
const conf = window.camTasklistConf || {};
const PROSES = (conf.penugasan && Array.isArray(conf.penugasan.proses)) ? conf.penugasan.proses : [];



/** Camunda's CSRF token, which it sends as the cookie XSRF-TOKEN and expects back in X-XSRF-TOKEN. */
function csrfToken() {
  const cookie = document.cookie.split(';').map(part => part.trim()).find(part => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function currentTaskId() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(hash.substring(query + 1)).get('task');
}

// ------------------------------------------------------------------ Tasklist's services

let rootScope = null;
const angular = window.angular;

function me() {
  return rootScope && rootScope.authentication ? rootScope.authentication.name : null;
}

// ------------------------------------------------------------------ what the action needs of a task

/** What the action needs of a task: its name, holder, process key and case number. */
function taskInfo(taskId) {
  return readTask(taskId).then(remember);
}

function forget(taskId) {
  forgetTask(taskId);
}

function isCovered(info) {
  return info !== null && PROSES.includes(info.processKey);
}

/** Tasks known to be covered, for the assignee field, which must decide at once. */
const covered = new Set();
function remember(info) {
  if (isCovered(info)) {
    covered.add(info.id);
  }
  return info;
}

/** Whether this user can list other users (staff see only their own account). */
let userListing = null;
let canListUsers = false;
function checkUserListing() {
  if (!userListing) {
    userListing = getJson(engineApi() + '/user?maxResults=2')
      .then(users => {
        canListUsers = users.length > 1;
        return canListUsers;
      })
      .catch(() => {
        userListing = null;
        return false;
      });
  }
  return userListing;
}

/** The step's candidate groups {id, name} and, when this user may list them, their members. */
function candidates(taskId) {
  const api = engineApi();
  return getJson(api + '/task/' + encodeURIComponent(taskId) + '/identity-links?type=candidate')
    .then(links => {
      const groupIds = [...new Set(links.filter(link => link.groupId).map(link => link.groupId))];
      const groups = Promise.all(groupIds.map(id => getJson(api + '/group/' + encodeURIComponent(id))
        .then(group => ({id, name: group.name || id}), () => ({id, name: id}))));
      const members = checkUserListing().then(may => (may
        ? Promise.all(groupIds.map(id => getJson(api + '/user?memberOfGroup=' + encodeURIComponent(id))))
          .then(lists => {
            const byId = new Map();
            lists.flat().forEach(user => byId.set(user.id, user));
            return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
          })
        : null));
      return Promise.all([groups, members]).then(([groupList, memberList]) => ({groups: groupList,
        members: memberList}));
    });
}

// ------------------------------------------------------------------ the dialog

function field(labelText, control, help) {
  const group = element('div', 'form-group');
  const label = element('label', 'control-label', labelText);
  label.htmlFor = control.id;
  group.append(label, control);
  if (help) {
    const helpText = element('p', 'help-block', help);
    helpText.id = control.id + '-bantuan';
    control.setAttribute('aria-describedby', helpText.id);
    group.appendChild(helpText);
  }
  return group;
}

function personLabel(user, self) {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return (name ? name + ' (' + user.id + ')' : user.id) + (user.id === self ? ' (Anda)' : '');
}

/** Opens the dialog for the task; {@code done} runs after a hand-over. */
function openDialog(taskId, info, suggested, done) {
  const dialog = element('dialog', 'standar-pelayanan-penugasan');
  dialog.setAttribute('aria-labelledby', 'penugasan-judul');
  const form = element('form');
  form.noValidate = true;
  const title = element('h3', null, LABEL);
  title.id = 'penugasan-judul';
  const holder = info.assignee ? 'dipegang oleh ' + info.assignee : 'belum dipegang siapa pun';
  const about = element('p', null, 'Tugas "' + info.name + '"' + (info.businessKey ? ' (' + info.businessKey + ')' : '')
    + ' saat ini ' + holder + '.');
  const rule = element('p', 'standar-pelayanan-tab-catatan', 'Jika pelaksana berhalangan, tugasnya dialihkan kepada '
    + 'pelaksana lain dengan surat penugasan (Peringatan 1 POS). Nomor surat disimpan pada tugas dan dicatat sebagai '
    + 'komentar yang menyebut siapa mengalihkan kepada siapa.');
  const loading = element('p', 'standar-pelayanan-tab-pesan', 'Memuat anggota kelompok…');
  const error = element('p', 'standar-pelayanan-penugasan-galat text-danger');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const cancel = element('button', 'btn btn-default', 'Batal');
  cancel.type = 'button';
  const submit = element('button', 'btn btn-primary', 'Alihkan');
  submit.type = 'submit';
  submit.disabled = true;
  const buttons = element('div', 'standar-pelayanan-penugasan-tombol');
  buttons.append(cancel, submit);
  form.append(title, about, rule, loading, error, buttons);
  dialog.appendChild(form);
  document.body.appendChild(dialog);
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  cancel.addEventListener('click', close);
  dialog.addEventListener('cancel', event => {
    event.preventDefault();
    close();
  });
  dialog.showModal();

  const letter = element('input', 'form-control');
  letter.id = 'penugasan-nomor-surat';
  letter.name = 'nomorSuratPenugasan';
  letter.maxLength = 100;
  letter.autocomplete = 'off';
  letter.required = true;
  let person = null;
  const fields = {};

  candidates(taskId).then(({groups, members}) => {
    const groupNames = groups.map(group => group.name).join(', ') || 'pelaksana langkah ini';
    const self = me();
    const choices = members === null ? null
      : members.filter(user => user.id !== info.assignee);
    if (choices !== null && choices.some(user => user.id !== self)) {
      person = element('select', 'form-control');
      const none = element('option', null, '— pilih pelaksana pengganti —');
      none.value = '';
      person.appendChild(none);
      choices.forEach(user => {
        const option = element('option', null, personLabel(user, self));
        option.value = user.id;
        person.appendChild(option);
      });
      person.value = choices.some(user => user.id === suggested) ? suggested : '';
      person.id = 'penugasan-pelaksana';
      fields.pelaksanaBaru = field('Pelaksana pengganti', person, 'Anggota kelompok ' + groupNames + '.');
    } else {
      person = element('input', 'form-control');
      person.maxLength = 64;
      person.autocomplete = 'off';
      person.spellcheck = false;
      person.value = suggested || '';
      person.id = 'penugasan-pelaksana';
      fields.pelaksanaBaru = field('ID pengguna pelaksana pengganti', person, 'Ketik ID pengguna rekan Anda (misalnya '
        + 'siti.rahayu), anggota kelompok ' + groupNames + '. Daftar pengguna hanya dapat dilihat administrator.');
    }
    person.name = 'pelaksanaBaru';
    person.required = true;
    fields.nomorSuratPenugasan = field('Nomor surat penugasan', letter, 'Seperti tertulis pada surat, misalnya '
      + '800/17/BPMP/2026.');
    loading.replaceWith(fields.pelaksanaBaru, fields.nomorSuratPenugasan);
    submit.disabled = false;
    (person.value ? letter : person).focus();
  }).catch(() => {
    loading.textContent = 'Kelompok pelaksana tugas ini tidak dapat dimuat. Tutup lalu coba lagi.';
  });

  const showError = (text, fieldName) => {
    Object.values(fields).forEach(group => group.classList.remove('has-error'));
    error.textContent = text;
    error.hidden = false;
    if (fieldName && fields[fieldName]) {
      fields[fieldName].classList.add('has-error');
      fields[fieldName].querySelector('input, select').focus();
    }
  };

  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!person) {
      return;
    }
    const pelaksanaBaru = person.value.trim();
    const nomorSuratPenugasan = letter.value.trim();
    if (!pelaksanaBaru) {
      showError('Pilih atau ketik pelaksana pengganti.', 'pelaksanaBaru');
      return;
    }
    if (!nomorSuratPenugasan) {
      showError('Nomor surat penugasan wajib diisi.', 'nomorSuratPenugasan');
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Mengalihkan…';
    fetch('/api/tugas/' + encodeURIComponent(taskId) + '/penugasan', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken()},
      body: JSON.stringify({pelaksanaBaru, nomorSuratPenugasan})
    }).then(response => response.json().catch(() => ({})).then(body => ({response, body})))
      .then(({response, body}) => {
        if (response.ok) {
          close();
          done(body);
          return;
        }
        submit.disabled = false;
        submit.textContent = 'Alihkan';
        if (response.status === 401) {
          showError('Sesi Anda telah berakhir. Muat ulang halaman dan masuk kembali.');
        } else {
          showError(body.detail || body.message || 'Tugas tidak dapat dialihkan (kode ' + response.status + ').',
            body.field);
        }
      })
      .catch(() => {
        submit.disabled = false;
        submit.textContent = 'Alihkan';
        showError('Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.');
      });
  });
  return dialog;
}

// ------------------------------------------------------------------ the action beside "Tambah komentar"

const actions = new Set();

// The node says which task it shows (data-tugas) and, once the task's process is known and the button
// shown or left hidden, that this was decided for it (data-diperiksa).
function drawAction(action) {
  const taskId = currentTaskId();
  action.node.dataset.tugas = taskId || '';
  delete action.node.dataset.diperiksa;
  action.button.hidden = true;
  action.status.textContent = '';
  if (!taskId) {
    return;
  }
  taskInfo(taskId).then(info => {
    if (action.node.dataset.tugas === taskId) {
      action.button.hidden = !isCovered(info);
      action.node.dataset.diperiksa = taskId;
      checkUserListing();
    }
  });
}

function handOver(taskId, suggested, scope) {
  // read again: the task may have been claimed or handed over since it was opened
  forget(taskId);
  taskInfo(taskId).then(info => {
    if (!isCovered(info)) {
      return;
    }
    openDialog(taskId, info, suggested, result => {
      forget(taskId);
      actions.forEach(action => {
        if (action.node.dataset.tugas === taskId) {
          action.status.textContent = 'Dialihkan kepada ' + result.pelaksanaBaru + ' dengan surat penugasan '
            + result.nomorSuratPenugasan + '.';
        }
      });
      // Tasklist reads the task and the list again: the new holder shows at once
      const data = scope && scope.taskData;
      if (data && typeof data.changed === 'function') {
        scope.$applyAsync(() => {
          data.changed('task');
          data.changed('taskList');
        });
      }
    });
  });
}

function renderAction(node, props, scope) {
  const button = element('button', 'btn btn-link standar-pelayanan-alihkan', LABEL + ' ');
  button.type = 'button';
  const icon = element('span', 'glyphicon glyphicon-transfer');
  icon.setAttribute('aria-hidden', 'true');
  button.appendChild(icon);
  button.hidden = true;
  const status = element('span', 'standar-pelayanan-alihkan-status');
  status.setAttribute('role', 'status');
  node.append(button, status);
  const action = {node, button, status};
  actions.add(action);
  button.addEventListener('click', () => handOver(currentTaskId(), '', scope));
  const onChange = () => {
    if (!node.isConnected) {
      window.removeEventListener('hashchange', onChange);
      actions.delete(action);
      return;
    }
    if ((currentTaskId() || '') !== node.dataset.tugas) {
      drawAction(action);
    }
  };
  window.addEventListener('hashchange', onChange);
  drawAction(action);
}

// ------------------------------------------------------------------ Tasklist's assignee field and its refusal

/** The engine's refusal as a clerk reads it in Tasklist: the button instead of the REST call. */
function clerkRefusal(message) {
  if (typeof message !== 'string' || !message.startsWith(REFUSAL_START)) {
    return null;
  }
  return message.replace(/gunakan Alihkan dengan surat penugasan \([^)]*\)/,
    'gunakan tombol "' + LABEL + '" di kanan atas tugas');
}

function escapeHtml(text) {
  const holder = document.createElement('div');
  holder.textContent = text;
  return holder.innerHTML;
}

if (angular) {
  angular.module('cam.commons').config(['$provide', function ($provide) {
    // Tasklist shows a notification's message as HTML: the refusal goes in as escaped text
    $provide.decorator('Notifications', ['$delegate', function (service) {
      const addError = service.addError;
      service.addError = function (notification) {
        const text = notification && typeof notification === 'object' ? clerkRefusal(notification.message) : null;
        if (text !== null) {
          notification.status = 'Tugas tidak dialihkan';
          notification.message = escapeHtml(text);
        }
        return addError.apply(this, arguments);
      };
      return service;
    }]);
  }]).run(['$rootScope', function ($rootScope) {
    rootScope = $rootScope;
  }]);

  // the assignee field (Tasklist's camTasklistTaskMeta): on a covered task, a colleague's id that this
  // user cannot look up goes to the engine, which refuses it with its message instead of a silent red field
  const decorateMeta = ['$provide', function ($provide) {
    $provide.decorator('camTasklistTaskMetaDirective', ['$delegate', '$timeout', function ($delegate, $timeout) {
      const directive = $delegate[0];
      const link = directive.link;
      if (typeof link !== 'function') {
        return $delegate;
      }
      directive.compile = function () {
        return function (scope, element) {
          link.apply(this, arguments);
          const isInvalidUser = scope.isInvalidUser;
          if (typeof isInvalidUser !== 'function' || typeof scope.setAssignee !== 'function') {
            return;
          }
          scope.isInvalidUser = function () {
            const invalid = isInvalidUser.apply(this, arguments);
            const input = element[0].querySelector('.assignee input');
            const typed = input ? input.value.trim() : '';
            const task = scope.task;
            // (whether Tasklist's look-up is still running or has found nothing: for this user it
            // cannot find a colleague)
            if (!invalid || canListUsers || !typed || !task
              || !covered.has(task.id) || typed === me() || typed === task.assignee) {
              return invalid;
            }
            scope.$applyAsync(() => scope.setAssignee(typed));
            // the field closes, still naming the task's holder; the engine's answer follows
            $timeout(() => {
              const cancel = document.querySelector('.cam-widget-inline-field.btn-group > '
                + 'button[ng-click="cancelChange($event)"]');
              if (cancel) {
                cancel.click();
              }
              scope.validAssignee = true;
            });
            return true;
          };
        };
      };
      return $delegate;
    }]);
  }];
  try {
    angular.module('cam.tasklist.task').config(decorateMeta);
  } catch (e) {
    // another Tasklist: the field keeps Camunda's behaviour; the engine still refuses a hand-over
  }
}

export default [
  {
    id: 'standarPelayanan.penugasan',
    pluginPoint: 'tasklist.task.action',
    priority: 90,
    render: renderAction
  }
];
