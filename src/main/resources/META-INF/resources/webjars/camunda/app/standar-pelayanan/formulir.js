// Camunda Forms (form-js, drawn by Tasklist and Cockpit) in Bahasa Indonesia, with the date picker
// in WIB; used by bahasa-wib.js when the language is Indonesian. The texts are in teks-id.json.
//
// - The date picker is flatpickr, which the webapps' bundle puts on window.flatpickr. Through its
//   own extension points (flatpickr.setDefaults with a plugin) every picker gets Indonesian month
//   and day names, Monday first, dates typed as dd/mm/yyyy whatever the browser's language, and
//   "today" (the marked day) taken in WIB instead of the browser's zone.
// - form-js has no translation mechanism (bpmn-io/form-js#77 and #443 are open), and Tasklist
//   creates its form without a way to add modules. Its few fixed texts ("Select", "Search",
//   "Field is required.", …) are therefore replaced where form-js draws them: text nodes and the
//   placeholder, title, aria-label and alt attributes inside a rendered form (.fjs-container), and
//   only when they equal a text of teks-id.json. Nothing the form's author wrote or a user typed is
//   touched (input values never are). form-js (Preact) only rewrites a text when its own value
//   changes; the observer then translates it again.
const ZONE = 'Asia/Jakarta';

/** The wall-clock time in WIB as a Date of the browser's zone, for flatpickr's "now". */
export function nowInWib(now = new Date()) {
  const parts = {};
  new Intl.DateTimeFormat('en-US', {timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric',
    day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'})
    .formatToParts(now).forEach(part => { parts[part.type] = Number(part.value); });
  return new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** English text (with {0}, {1} for kept parts) → Indonesian, as a function of a text; null when unknown. */
export function translator(table, anywhere = false) {
  const exact = new Map();
  const patterns = [];
  Object.entries(table || {}).forEach(([english, indonesian]) => {
    if (english === '_') {
      return;
    }
    if (/\{\d}/.test(english)) {
      const source = english.split(/\{\d}/).map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)');
      patterns.push([new RegExp(anywhere ? source : '^' + source + '$', anywhere ? 'g' : ''), indonesian]);
    } else {
      exact.set(english, indonesian);
    }
  });
  const fill = (indonesian, groups) => indonesian.replace(/\{(\d)}/g, (all, i) => groups[Number(i)]);
  return function translate(text) {
    if (typeof text !== 'string') {
      return null;
    }
    if (!anywhere) {
      const trimmed = text.trim();
      if (exact.has(trimmed)) {
        return text.replace(trimmed, exact.get(trimmed));
      }
      for (const [pattern, indonesian] of patterns) {
        const match = pattern.exec(trimmed);
        if (match) {
          return text.replace(trimmed, fill(indonesian, match.slice(1)));
        }
      }
      return null;
    }
    let result = text;
    exact.forEach((indonesian, english) => { result = result.split(english).join(indonesian); });
    patterns.forEach(([pattern, indonesian]) => {
      result = result.replace(pattern, (...match) => fill(indonesian, match.slice(1, -2)));
    });
    return result === text ? null : result;
  };
}

const ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'alt'];

/** Translates the fixed texts of form-js inside {@code root} (a rendered form or a part of it). */
export function translateForm(root, translate, datePlaceholder) {
  const inForm = node => node.closest && node.closest('.fjs-container');
  const translateElement = element => {
    if (datePlaceholder && element.matches('.fjs-datepicker input.flatpickr-input')) {
      if (element.getAttribute('placeholder') !== datePlaceholder) {
        element.setAttribute('placeholder', datePlaceholder);
      }
    }
    ATTRIBUTES.forEach(name => {
      const translated = element.hasAttribute(name) ? translate(element.getAttribute(name)) : null;
      if (translated !== null) {
        element.setAttribute(name, translated);
      }
    });
  };
  const translateText = node => {
    const translated = translate(node.data);
    if (translated !== null) {
      node.data = translated;
    }
  };
  if (root.nodeType === Node.TEXT_NODE) {
    if (root.parentElement && inForm(root.parentElement)) {
      translateText(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || !(inForm(root) || root.querySelector('.fjs-container'))) {
    return;
  }
  const forms = inForm(root) ? [root] : [...root.querySelectorAll('.fjs-container')];
  forms.forEach(form => {
    translateElement(form);
    form.querySelectorAll('*').forEach(translateElement);
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
  });
}

/**
 * A date field's value ("2026-12-15") reaches the picker as form-js parses it: midnight UTC. West
 * of UTC that is the previous day, and the picker showed and saved the day before the one chosen.
 * A date without time at midnight UTC is taken as that calendar day; east of UTC (all of Indonesia)
 * and at UTC nothing changes.
 */
export function asCalendarDay(date) {
  if (date instanceof Date && !isNaN(date.getTime()) && date.getUTCHours() === 0 && date.getUTCMinutes() === 0
    && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0) {
    return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  }
  return date;
}

/** The flatpickr plugin: Indonesian names, dd/mm/yyyy, "today" in WIB, a date field's day kept. */
function datePickerPlugin(tanggal) {
  const locale = {...tanggal.bahasa, ordinal: () => tanggal.bahasa.ordinal || ''};
  return function indonesianWib(picker) {
    return {
      onParseConfig() {
        picker.config.locale = locale;
        picker.config.dateFormat = tanggal.format;
        picker.config.ariaDateFormat = tanggal.formatAria;
        picker.config.now = nowInWib();
      },
      onReady() {
        if (!picker.config.enableTime && !picker.standarPelayanan) {
          picker.standarPelayanan = true;
          const setDate = picker.setDate;
          picker.setDate = function (date, ...rest) {
            return setDate.call(this, asCalendarDay(date), ...rest);
          };
        }
      }
    };
  };
}

/** Sets up Camunda Forms and their date picker in Bahasa Indonesia with {@code teks} (teks-id.json). */
export function indonesianForms(teks) {
  const flatpickr = window.flatpickr;
  if (flatpickr && typeof flatpickr.setDefaults === 'function') {
    const plugins = (flatpickr.defaultConfig && flatpickr.defaultConfig.plugins) || [];
    flatpickr.setDefaults({plugins: [...plugins, datePickerPlugin(teks.tanggal)]});
  }
  const translate = translator(teks.formulir);
  const placeholder = teks.tanggal.petunjuk;
  new MutationObserver(records => {
    records.forEach(record => {
      if (record.type === 'childList') {
        record.addedNodes.forEach(node => translateForm(node, translate, placeholder));
      } else {
        translateForm(record.target, translate, placeholder);
      }
    });
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ATTRIBUTES});
}
