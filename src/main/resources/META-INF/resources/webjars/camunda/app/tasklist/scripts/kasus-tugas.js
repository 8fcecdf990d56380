// The case on every card and above every task's form (issue 18), from GET /api/tugas/kasus:
// the case number (TLP-/INF-/CC-/LPR-/MNV-…), what the case is (a report's title, the caller for the
// lane handling the call, a monev period), the deadline in WIB, and marks for a late, escalated,
// returned or reopened step with who, when and why. Above the list, one field searches by case number.
// Everything the server sends is put into the page as text, never as HTML.
import {getJson} from '../../standar-pelayanan/permintaan.js';

const CACHE_MS = 20000;
const cache = new Map(); // taskId -> {at, kasus}


function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

function taskIdOf(href) {
  const query = (href || '').indexOf('?');
  return query < 0 ? null : new URLSearchParams(href.substring(query + 1)).get('task');
}

function currentTaskId() {
  return taskIdOf(window.location.hash || '');
}

// the summaries of these tasks, fetched together for those not cached
function load(taskIds) {
  const now = Date.now();
  const missing = taskIds.filter(id => !cache.has(id) || now - cache.get(id).at > CACHE_MS);
  const fetched = missing.length === 0 ? Promise.resolve([])
    : getJson('/api/tugas/kasus?' + missing.slice(0, 50).map(id => 'id=' + encodeURIComponent(id)).join('&'))
      .catch(() => []);
  return fetched.then(list => {
    missing.forEach(id => cache.set(id, {at: now, kasus: null}));
    list.forEach(kasus => cache.set(kasus.taskId, {at: now, kasus}));
    return taskIds.map(id => (cache.get(id) || {}).kasus || null);
  });
}

function marks(kasus) {
  const list = [];
  if (kasus.terlambat) {
    list.push(['terlambat', 'Terlambat']);
  }
  if (kasus.eskalasi && kasus.eskalasi.length > 0) {
    list.push(['eskalasi', 'Dieskalasi']);
  }
  if (kasus.kembali) {
    list.push(['kembali', kasus.kembali.jenis === 'TIDAK_PUAS' ? 'Dibuka kembali' : 'Dikembalikan']);
  }
  return list;
}

function markNodes(kasus) {
  return marks(kasus).map(([kind, label]) => element('span', 'standar-pelayanan-tanda standar-pelayanan-tanda-' + kind,
    label));
}

function decorateCard(card, kasus) {
  let line = card.querySelector('.standar-pelayanan-kasus-kartu');
  if (!line) {
    line = element('div', 'standar-pelayanan-kasus-kartu');
    const names = card.querySelector('.names') || card;
    names.appendChild(line);
  }
  line.dataset.tugas = kasus.taskId;
  const text = [kasus.nomor, kasus.ringkasan].filter(Boolean).join(' · ');
  line.replaceChildren(element('span', 'standar-pelayanan-kasus-nomor', text), ...markNodes(kasus));
}

function decorateCards() {
  const cards = Array.from(document.querySelectorAll('.tasks-list li'))
    .map(card => ({card, id: taskIdOf((card.querySelector('h4 a') || {}).getAttribute ? card.querySelector('h4 a')
      .getAttribute('href') : null)}))
    .filter(entry => entry.id);
  if (cards.length === 0) {
    return;
  }
  load(cards.map(entry => entry.id)).then(found => cards.forEach((entry, index) => {
    if (found[index] && entry.card.isConnected) {
      decorateCard(entry.card, found[index]);
    }
  }));
}

function bannerLines(kasus) {
  const lines = [];
  const head = element('p', 'standar-pelayanan-kasus-judul');
  head.appendChild(element('strong', null, kasus.nomor || ''));
  if (kasus.ringkasan) {
    head.appendChild(document.createTextNode(' · ' + kasus.ringkasan));
  }
  markNodes(kasus).forEach(node => head.appendChild(node));
  lines.push(head);
  if (kasus.tenggatWib) {
    lines.push(element('p', null, 'Tenggat mutu baku: ' + kasus.tenggatWib + (kasus.terlambat
      ? ' — sudah lewat. Isi "Alasan keterlambatan" pada formulir sebelum menyelesaikan langkah ini.' : '')));
  }
  (kasus.eskalasi || []).forEach(eskalasi => lines.push(element('p', 'standar-pelayanan-kasus-eskalasi',
    'Dieskalasi otomatis (pengawasan berjenjang mutu baku) kepada ' + eskalasi.namaKelompok + ' sejak '
    + eskalasi.sejakWib + '.')));
  if (kasus.kembali) {
    const kembali = kasus.kembali;
    const text = kembali.jenis === 'TIDAK_PUAS'
      ? 'Dibuka kembali: pelapor tidak puas dengan jawaban (' + kembali.waktuWib + '). Tanggapan pelapor: '
        + (kembali.alasan || '-')
      : 'Dikembalikan oleh ' + (kembali.oleh || '-') + ' dari langkah "' + (kembali.dariLangkah || '-') + '" ('
        + kembali.waktuWib + '). Alasan: ' + (kembali.alasan || '-');
    lines.push(element('p', 'standar-pelayanan-kasus-kembali', text));
  }
  return lines;
}

function decorateTask() {
  const taskId = currentTaskId();
  const details = document.querySelector('.task-details');
  const tabs = details ? details.querySelector('.nav-tabs') : null;
  let banner = details ? details.querySelector('.standar-pelayanan-kasus') : null;
  if (!taskId || !tabs) {
    return;
  }
  if (!banner) {
    banner = element('div', 'standar-pelayanan-kasus');
    banner.setAttribute('role', 'note');
    tabs.parentNode.insertBefore(banner, tabs);
  }
  if (banner.dataset.tugas === taskId) {
    return;
  }
  banner.dataset.tugas = taskId;
  banner.replaceChildren();
  load([taskId]).then(([kasus]) => {
    if (banner.dataset.tugas === taskId && kasus) {
      banner.replaceChildren(...bannerLines(kasus));
      banner.classList.toggle('standar-pelayanan-kasus-terlambat', Boolean(kasus.terlambat));
    }
  });
}

// one field: the case number, searched as Tasklist's "business key like" criterion
function searchField() {
  // below Tasklist's own search box, which stays while the list below it is drawn again
  const widget = document.querySelector('[cam-widget-search]');
  if (!widget || document.querySelector('.standar-pelayanan-cari-nomor')) {
    return;
  }
  const form = element('form', 'standar-pelayanan-cari-nomor');
  form.setAttribute('role', 'search');
  const label = element('label', 'sr-only', 'Cari nomor kasus');
  label.setAttribute('for', 'standar-pelayanan-cari-nomor');
  const input = element('input', 'form-control input-sm');
  input.id = 'standar-pelayanan-cari-nomor';
  input.type = 'search';
  input.placeholder = 'Cari nomor kasus (TLP-, INF-, CC-, LPR-…)';
  input.maxLength = 40;
  form.append(label, input);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const hash = window.location.hash || '#/';
    const query = hash.indexOf('?');
    const params = new URLSearchParams(query < 0 ? '' : hash.substring(query + 1));
    const value = input.value.trim().toUpperCase().replace(/[%_]/g, '');
    if (value) {
      params.set('searchQuery', JSON.stringify([{type: 'processInstanceBusinessKey', operator: 'Like',
        value: '%' + value + '%', name: ''}]));
    } else {
      params.delete('searchQuery');
    }
    window.location.hash = '#/?' + params.toString();
  });
  const current = new URLSearchParams((window.location.hash.split('?')[1]) || '').get('searchQuery');
  const match = current && /processInstanceBusinessKey","operator":"Like","value":"%([^%"]*)%"/.exec(current);
  if (match) {
    input.value = match[1];
  }
  widget.parentNode.insertBefore(form, widget.nextSibling);
}

let pending = false;
function update() {
  pending = false;
  searchField();
  decorateCards();
  decorateTask();
}

function schedule() {
  if (!pending) {
    pending = true;
    window.setTimeout(update, 50);
  }
}

function watch() {
  new MutationObserver(mutations => {
    // our own decorations do not count as changes to react to
    if (mutations.some(mutation => !(mutation.target.closest && mutation.target.closest(
      '.standar-pelayanan-kasus, .standar-pelayanan-kasus-kartu')))) {
      schedule();
    }
  }).observe(document.body, {childList: true, subtree: true});
  window.addEventListener('hashchange', schedule);
  schedule();
}

if (document.body) {
  watch();
} else {
  document.addEventListener('DOMContentLoaded', watch);
}

export default [];
