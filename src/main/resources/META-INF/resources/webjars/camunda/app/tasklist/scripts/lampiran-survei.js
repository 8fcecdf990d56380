// Three task-detail tabs of Tasklist, each shown only on the tasks it is for:
// - "Penelepon": on the steps of a telephone service, the caller's name and number, kept apart from
//   the engine (GET /api/penelepon/{processInstanceId}), for the lanes handling the call;
// - "Lampiran": the files a citizen attached to an SP4N-LAPOR! report (pengaduanLapor tasks), with
//   download links, for the LAPOR! admins (GET /api/laporan/{nomor}/lampiran);
// - "Survei": at the closing step of a phone service, the survey code the clerk gives the caller,
//   large enough to read aloud, and its link (GET /api/tugas/{taskId}/survei).
// The data comes from the application's /api with the Tasklist login. Whatever a citizen wrote (a
// file name) is put into the page as text, never as HTML.
import {getJson, taskInfo} from '../../standar-pelayanan/permintaan.js';

const TAB_LAMPIRAN = 'Lampiran';
const TAB_SURVEI = 'Survei';
const TAB_PENELEPON = 'Penelepon';
const LAYANAN_TELEPON = ['penerimaanTelepon', 'layananInformasiTelepon', 'callCenter'];
const LAPOR = 'pengaduanLapor';
const LANGKAH_PENUTUP = {
  penerimaanTelepon: 'berikanJawaban',
  layananInformasiTelepon: 'salamPenutup',
  callCenter: 'ucapkanTerimaKasih'
};
const JENIS = {'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG'};




function isLapor(info) {
  return info !== null && info.processKey === LAPOR && Boolean(info.businessKey);
}

function isTelephoneCall(info) {
  return info !== null && LAYANAN_TELEPON.includes(info.processKey);
}

function isClosingStep(info) {
  return info !== null && LANGKAH_PENUTUP[info.processKey] === info.taskKey;
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

// what a tab shows, unless another task was chosen meanwhile
function show(node, taskId, ...children) {
  if (node.dataset.tugas === taskId) {
    node.replaceChildren(...children);
  }
}

function message(node, taskId, text) {
  show(node, taskId, element('p', 'standar-pelayanan-tab-pesan', text));
}

function ukuran(bytes) {
  const format = (value, digits) => value.toLocaleString('id-ID', {maximumFractionDigits: digits});
  if (bytes >= 1024 * 1024) {
    return format(bytes / (1024 * 1024), 1) + ' MB';
  }
  if (bytes >= 1024) {
    return format(bytes / 1024, 0) + ' KB';
  }
  return format(bytes, 0) + ' bita';
}

function renderLampiran(node, taskId) {
  message(node, taskId, 'Memuat lampiran…');
  taskInfo(taskId).then(info => {
    if (!isLapor(info)) {
      message(node, taskId, 'Lampiran hanya ada pada tugas laporan SP4N-LAPOR!.');
      return;
    }
    const path = '/api/laporan/' + encodeURIComponent(info.businessKey) + '/lampiran';
    getJson(path).then(files => {
      if (files.length === 0) {
        message(node, taskId, 'Tidak ada lampiran.');
        return;
      }
      const table = element('table', 'table table-condensed standar-pelayanan-lampiran');
      const head = element('tr');
      ['Nama berkas', 'Jenis', 'Ukuran', ''].forEach(label => head.appendChild(element('th', null, label)));
      table.appendChild(element('thead')).appendChild(head);
      const body = table.appendChild(element('tbody'));
      files.forEach(file => {
        const row = body.appendChild(element('tr'));
        row.appendChild(element('td', null, file.nama));
        row.appendChild(element('td', null, JENIS[file.jenis] || file.jenis));
        row.appendChild(element('td', null, ukuran(file.ukuran)));
        const link = element('a', null, 'Unduh');
        link.href = path + '/' + encodeURIComponent(file.id);
        link.setAttribute('download', file.nama);
        link.setAttribute('aria-label', 'Unduh ' + file.nama);
        row.appendChild(element('td')).appendChild(link);
      });
      const note = element('p', 'standar-pelayanan-tab-catatan',
        'Berkas dari pelapor: buka dengan hati-hati. Berkas dapat memuat identitas pelapor; jangan diteruskan'
        + ' kepada pihak lain.');
      show(node, taskId, element('p', null, files.length + ' lampiran laporan ' + info.businessKey + ':'),
        table, note);
    }).catch(response => message(node, taskId, response && (response.status === 403 || response.status === 404)
      ? 'Lampiran laporan ini hanya dapat dibuka oleh admin SP4N-LAPOR!.'
      : 'Lampiran tidak dapat dimuat. Coba lagi beberapa saat lagi.'));
  });
}

function renderSurvei(node, taskId) {
  message(node, taskId, 'Memuat kode survei…');
  taskInfo(taskId).then(info => {
    if (!isClosingStep(info)) {
      message(node, taskId, 'Kode survei hanya ada pada langkah penutup layanan telepon.');
      return;
    }
    getJson('/api/tugas/' + encodeURIComponent(taskId) + '/survei').then(survei => {
      const publicPage = survei.tautan.substring(0, survei.tautan.length - survei.kode.length - 1);
      const code = element('p', 'standar-pelayanan-kode-survei', survei.kode);
      code.setAttribute('aria-label', 'Kode survei ' + survei.kode.split('').join(' '));
      const link = element('a', null, survei.tautan);
      link.href = survei.tautan;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      const linkLine = element('p', null, 'Atau kirimkan tautan langsung: ');
      linkLine.appendChild(link);
      const print = element('a', null, 'Cetak kartu kode QR survei layanan ini');
      print.href = '/api/survei/cetak/' + encodeURIComponent(info.processKey);
      print.target = '_blank';
      print.rel = 'noopener';
      const printLine = element('p', 'standar-pelayanan-tab-catatan');
      printLine.appendChild(print);
      show(node, taskId,
        element('p', null, 'Sebelum menutup panggilan, bacakan kode survei ini kepada penelepon:'),
        code,
        element('p', null, 'Sampaikan: "Bapak/Ibu dapat menilai layanan kami di ' + publicPage
          + ' dengan kode survei tersebut. Satu kode untuk satu kali pengisian."'),
        linkLine,
        printLine);
    }).catch(() => message(node, taskId, 'Kode survei tidak dapat dimuat: tugas ini bukan untuk kelompok Anda,'
      + ' atau sudah selesai.'));
  });
}

function renderPenelepon(node, taskId) {
  message(node, taskId, 'Memuat identitas penelepon…');
  taskInfo(taskId).then(info => {
    if (!isTelephoneCall(info)) {
      message(node, taskId, 'Identitas penelepon hanya ada pada tugas layanan telepon.');
      return;
    }
    getJson('/api/penelepon/' + encodeURIComponent(info.processInstanceId)).then(penelepon => {
      if (penelepon.data.length === 0) {
        message(node, taskId, 'Identitas penelepon belum dicatat untuk panggilan ' + penelepon.nomor + '.');
        return;
      }
      const list = element('dl', 'standar-pelayanan-penelepon');
      penelepon.data.forEach(item => {
        list.appendChild(element('dt', null, item.label));
        list.appendChild(element('dd', null, item.nilai || '-'));
      });
      show(node, taskId, element('p', null, 'Panggilan ' + penelepon.nomor + ':'), list,
        element('p', 'standar-pelayanan-tab-catatan', 'Identitas pengguna layanan dijamin kerahasiaannya: jangan dicatat'
          + ' di tempat lain atau diteruskan kepada pihak lain.'));
    }).catch(() => message(node, taskId, 'Identitas penelepon hanya dapat dibuka oleh petugas yang melayani'
      + ' panggilan ini.'));
  });
}

// Tasklist shows every registered tab on every task: hide the two on the tasks they are not for.
function currentTaskId() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(hash.substring(query + 1)).get('task');
}

let pending = false;
function updateTabs() {
  pending = false;
  const tabs = Array.from(document.querySelectorAll('.nav-tabs > li > a'))
    .filter(link => [TAB_LAMPIRAN, TAB_SURVEI, TAB_PENELEPON].includes(link.textContent.trim()));
  const taskId = currentTaskId() || '';
  // hidden until it is known whether the task is one for the tab
  const undecided = tabs.filter(link => link.parentElement.dataset.tugas !== taskId);
  if (undecided.length === 0) {
    return;
  }
  undecided.forEach(link => {
    link.parentElement.style.display = 'none';
    link.parentElement.dataset.tugas = taskId;
  });
  const decide = info => undecided.forEach(link => {
    const label = link.textContent.trim();
    const wanted = label === TAB_LAMPIRAN ? isLapor(info) : label === TAB_PENELEPON ? isTelephoneCall(info)
      : isClosingStep(info);
    if (link.parentElement.dataset.tugas === taskId) {
      link.parentElement.style.display = wanted ? '' : 'none';
    }
  });
  if (taskId) {
    taskInfo(taskId).then(decide);
  }
}

function scheduleUpdate() {
  if (!pending) {
    pending = true;
    window.setTimeout(updateTabs, 0);
  }
}

function watchTabs() {
  new MutationObserver(scheduleUpdate).observe(document.body, {childList: true, subtree: true});
  window.addEventListener('hashchange', scheduleUpdate);
  scheduleUpdate();
}

if (document.body) {
  watchTabs();
} else {
  document.addEventListener('DOMContentLoaded', watchTabs);
}

// a tab stays open when another task is chosen: draw it again for that task
function keepDrawn(node, taskId, draw) {
  let shown = taskId;
  node.dataset.tugas = taskId;
  draw(node, taskId);
  const onChange = () => {
    if (!node.isConnected) {
      window.removeEventListener('hashchange', onChange);
      return;
    }
    const now = currentTaskId();
    if (now && now !== shown) {
      shown = now;
      node.dataset.tugas = now;
      draw(node, now);
    }
  };
  window.addEventListener('hashchange', onChange);
}

export default [
  {
    id: 'standarPelayanan.identitasPenelepon',
    pluginPoint: 'tasklist.task.detail',
    priority: 960,
    properties: {label: TAB_PENELEPON},
    render: (node, {taskId}) => keepDrawn(node, taskId, renderPenelepon)
  },
  {
    id: 'standarPelayanan.lampiranLaporan',
    pluginPoint: 'tasklist.task.detail',
    priority: 950,
    properties: {label: TAB_LAMPIRAN},
    render: (node, {taskId}) => keepDrawn(node, taskId, renderLampiran)
  },
  {
    id: 'standarPelayanan.kodeSurvei',
    pluginPoint: 'tasklist.task.detail',
    priority: 950,
    properties: {label: TAB_SURVEI},
    render: (node, {taskId}) => keepDrawn(node, taskId, renderSurvei)
  }
];
