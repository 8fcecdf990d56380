// Standar Pelayanan in every Camunda webapp (Tasklist, Cockpit, Admin, Welcome), loaded through
// config.js (webapp.WebappConfig):
// - Bahasa Indonesia unless the user chose English with the switch in the footer; the webapps
//   would otherwise follow the browser's language;
// - every date the webapps format (their camDate filter) in WIB, Asia/Jakarta, whatever the
//   browser's zone, in the Indonesian format ("Selasa, 24 November 2026 pukul 14.05 WIB");
// - the application's and the institution's name above the login form;
// - Camunda Forms and their date picker in Bahasa Indonesia and WIB (formulir.js), the texts that
//   the webapps write in English past their locale files (notices, teks-id.json), and the task's
//   Riwayat (history) tab with its times and days in WIB.
import {indonesianForms, translator} from './formulir.js';

const LANGUAGE_KEY = 'standarPelayanan.bahasa';
const ZONE = 'Asia/Jakarta';
const ZONE_NAME = 'WIB';

function chosenLanguage() {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'id';
  } catch (e) {
    return 'id';
  }
}

const language = chosenLanguage();
// the webapps take the browser's first language when they offer it, else their fallback (id)
Object.defineProperty(window.navigator, 'languages', {get: () => [language], configurable: true});
Object.defineProperty(window.navigator, 'language', {get: () => language, configurable: true});
document.documentElement.lang = language;

const conf = window.camTasklistConf || window.camCockpitConf || window.camAdminConf || window.camWelcomeConf || {};
const names = conf.standarPelayanan || {namaAplikasi: 'Standar Pelayanan', namaWebapp: '', namaInstansi: ''};

// ---------------------------------------------------------------- dates in WIB

const TIME = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};
const DATE = {day: 'numeric', month: 'long', year: 'numeric'};
const FORMATS = {
  normal: {...DATE, ...TIME},
  long: {weekday: 'long', ...DATE, ...TIME},
  short: DATE,
  abbr: {day: 'numeric', month: 'short', year: 'numeric', ...TIME},
  monthName: {month: 'long'},
  day: {day: '2-digit'},
  // the Riwayat tab's year and time of each entry (Camunda formats them with AngularJS's date
  // filter, in the browser's zone)
  year: {year: 'numeric'},
  time: TIME
};

/** A date of the engine's REST API ("2026-11-24T14:05:00.000+0700"), a Date or milliseconds. */
function toDate(value) {
  if (value instanceof Date || typeof value === 'number') {
    return new Date(value);
  }
  return new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

// one formatter per language and format: Angular formats every date of a page at every digest, and
// building an Intl.DateTimeFormat costs far more than using one
const formatters = new Map();
function formatter(locale, format, options) {
  const key = locale + ' ' + format;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.DateTimeFormat(locale, {...options, timeZone: ZONE}));
  }
  return formatters.get(key);
}

function formatWib(value, format, lang) {
  const options = FORMATS[format || 'normal'];
  const date = toDate(value);
  if (!options || isNaN(date.getTime())) {
    return null;
  }
  const text = formatter(lang === 'en' ? 'en-GB' : 'id-ID', format || 'normal', options).format(date);
  return options.hour ? text + ' ' + ZONE_NAME : text;
}

/** The day in WIB of a date, as "2026-11-24". */
function wibDay(value) {
  return new Intl.DateTimeFormat('en-CA', {timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit'})
    .format(toDate(value));
}

/**
 * The Riwayat tab groups a task's entries by day: Camunda takes the day in the browser's zone, so
 * an entry made before 07.00 WIB fell on the previous day in a browser on UTC. Regrouped by the day
 * in WIB, each group dated by its entries; the same array when it already is.
 */
function daysInWib(days) {
  if (!Array.isArray(days)) {
    return days;
  }
  const byDay = new Map();
  days.forEach(day => (day.events || []).forEach(event => {
    const key = wibDay(event.time);
    if (!byDay.has(key)) {
      byDay.set(key, []);
    }
    byDay.get(key).push(event);
  }));
  const grouped = days.every(day => (day.events || []).length > 0
    && byDay.get(wibDay(day.date)) && day.events.length === byDay.get(wibDay(day.date)).length
    && day.events.every(event => wibDay(event.time) === wibDay(day.date)));
  if (grouped && byDay.size === days.length) {
    return days;
  }
  return [...byDay.values()].map(events => ({date: events[0].time, events}));
}

// ---------------------------------------------------------------- texts past the locale files

/** teks-id.json, before the webapp starts; without it the webapps still work, with these texts in English. */
async function loadTexts() {
  try {
    const response = await fetch(new URL('teks-id.json', import.meta.url), {credentials: 'same-origin'});
    return response.ok ? await response.json() : null;
  } catch (e) {
    return null;
  }
}

const texts = language === 'id' ? await loadTexts() : null;
if (texts) {
  indonesianForms(texts);
}
const translateStatus = translator(texts && texts.status);
const translateEngineMessage = translator(texts && texts.pesanMesin, true);

// ---------------------------------------------------------------- language switch and login names

function languageSwitch() {
  const bar = document.createElement('div');
  bar.className = 'standar-pelayanan-bahasa';
  [['id', 'Bahasa Indonesia'], ['en', 'English']].forEach(([code, label], i) => {
    if (i > 0) {
      bar.appendChild(document.createTextNode(' | '));
    }
    const link = document.createElement(code === language ? 'strong' : 'a');
    link.textContent = label;
    link.setAttribute('data-bahasa', code);
    if (code !== language) {
      link.href = '';
      link.addEventListener('click', event => {
        event.preventDefault();
        window.localStorage.setItem(LANGUAGE_KEY, code);
        window.location.reload();
      });
    }
    bar.appendChild(link);
  });
  return bar;
}

function loginNames() {
  const box = document.createElement('div');
  box.className = 'standar-pelayanan-login';
  [['nama-aplikasi', names.namaAplikasi], ['nama-webapp', names.namaWebapp], ['nama-instansi', names.namaInstansi]]
    .forEach(([className, text]) => {
      const line = document.createElement('div');
      line.className = className;
      line.textContent = text;
      box.appendChild(line);
    });
  return box;
}

// the login page is drawn by the webapp's router: its header (vendor logo and webapp name, hidden
// by standar-pelayanan.css) gets the application's, the webapp's and the institution's name
new MutationObserver(() => {
  const header = document.querySelector('.form-signin .login-header');
  if (header && !header.querySelector('.standar-pelayanan-login')) {
    header.appendChild(loginNames());
  }
}).observe(document.documentElement, {childList: true, subtree: true});

// ---------------------------------------------------------------- the webapps' AngularJS parts

const angular = window.angular;
angular.module('cam.commons').config(['$provide', function ($provide) {
  $provide.decorator('camDateFilter', ['$delegate', function (camDate) {
    return function (value, format) {
      if (!value) {
        return camDate(value, format);
      }
      const text = formatWib(value, format, language);
      return text === null ? camDate(value, format) : text;
    };
  }]);
  // the footer names the browser's zone; the webapps show WIB, and offer the other language
  $provide.decorator('camWidgetFooterDirective', ['$delegate', function ($delegate) {
    const footer = $delegate[0];
    const link = footer.link;
    footer.compile = function () {
      return function (scope, element) {
        if (link) {
          link.apply(this, arguments);
        }
        scope.timezoneName = ZONE_NAME + ' (' + ZONE + ')';
        element[0].insertBefore(languageSwitch(), element[0].firstChild);
      };
    };
    return $delegate;
  }]);
  // notices: a status line written in English in Camunda's code ("Failed" in Admin's membership
  // dialogs) and the engine's own messages quoted in a notice ("The group already exists")
  $provide.decorator('Notifications', ['$delegate', function (notifications) {
    const add = notifications.add;
    notifications.add = function (notification) {
      if (notification && typeof notification === 'object') {
        const status = translateStatus(notification.status);
        const message = translateEngineMessage(notification.message);
        if (status !== null) {
          notification.status = status;
        }
        if (message !== null) {
          notification.message = message;
        }
      }
      return add.apply(this, arguments);
    };
    return notifications;
  }]);
}]);

// the task's Riwayat tab (Tasklist's history plugin): the year and each entry's time with camDate,
// so in WIB like the day and month beside them, and the entries grouped by their day in WIB
angular.module('cam.commons').run(['$injector', function ($injector) {
  if (!$injector.has('Views')) {
    return;
  }
  $injector.get('Views').getProviders({component: 'tasklist.task.detail', id: 'task-detail-history'})
    .forEach(provider => {
      if (provider.standarPelayanan) {
        return;
      }
      provider.standarPelayanan = true;
      provider.template = provider.template
        .replace(/\|\s*date:'yyyy'/g, "| camDate:'year'")
        .replace(/\|\s*date:'HH:mm'/g, "| camDate:'time'");
      const controller = provider.controller;
      provider.controller = ['$scope', '$injector', function ($scope, injector) {
        injector.invoke(controller, this, {$scope: $scope});
        $scope.$watch('days', days => {
          const regrouped = daysInWib(days);
          if (regrouped !== days) {
            $scope.days = regrouped;
          }
        });
      }];
    });
}]);

export default [];
