// Cockpit dashboard section "Mutu baku per layanan": for each deployed process (latest version,
// all versions counted) the tasks, the share done within the mutu baku and the breaches, from the
// same /api/mutu-baku/statistik the diagram badges read, with a link to the diagram; for auditors and
// administrators a link to the page "Ekspor durasi tugas".
import {getJson} from '../../standar-pelayanan/permintaan.js';

function element(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  children.filter(child => child !== null && child !== undefined).forEach(child => node.append(child));
  return node;
}


function ringkas(steps) {
  return steps.reduce((sum, step) => ({
    jumlah: sum.jumlah + step.jumlah,
    diukur: sum.diukur + step.diukur,
    tepat: sum.tepat + step.tepatWaktu,
    pelanggaran: sum.pelanggaran + step.pelanggaran
  }), {jumlah: 0, diukur: 0, tepat: 0, pelanggaran: 0});
}

function angka(value) {
  return value.toLocaleString('id-ID');
}

function baris(definition, total) {
  const link = element('a', null, definition.name || definition.key);
  link.href = '#/process-definition/' + encodeURIComponent(definition.id) + '/runtime';
  const share = total.diukur === 0 ? '–' : Math.round(100 * total.tepat / total.diukur) + '%';
  return element('tr', null, element('td', null, link), element('td', 'sp-angka', angka(total.jumlah)),
    element('td', 'sp-angka', angka(total.diukur)), element('td', 'sp-angka', share),
    element('td', 'sp-angka', angka(total.pelanggaran)));
}

export default [
  {
    id: 'standarPelayanan.dasborMutuBaku',
    pluginPoint: 'cockpit.dashboard',
    priority: 50,
    render: (node, {api}) => {
      const body = element('tbody');
      const tautanEkspor = element('p', 'sp-dasbor-ekspor');
      const table = element('table', 'table table-condensed sp-dasbor-tabel',
        element('thead', null, element('tr', null, ...['Layanan', 'Tugas', 'Terukur', 'Tepat waktu', 'Pelanggaran']
          .map(judul => element('th', judul === 'Layanan' ? null : 'sp-angka', judul)))), body);
      node.replaceChildren(element('section', 'sp-dasbor',
        element('h3', 'section-title', 'Mutu baku per layanan'),
        element('p', 'sp-dasbor-keterangan', 'Tugas yang berjalan dan selesai, semua versi: yang terukur (selesai, '
          + 'atau masih terbuka melewati tenggat), bagian yang selesai dalam mutu baku, dan pelanggaran yang tercatat. '
          + 'Buka layanan untuk melihat angka setiap langkah pada diagram.'),
        table, tautanEkspor));
      getJson('/api/audit/akses').then(hak => {
        if (hak.eksporDurasiTugas) {
          const link = element('a', 'btn btn-default', 'Ekspor durasi tugas (CSV/XLSX)');
          link.href = '#/ekspor-durasi-tugas';
          tautanEkspor.replaceChildren(link);
        }
      }).catch(() => {});
      getJson(api.engineApi + '/process-definition?latestVersion=true&sortBy=name&sortOrder=asc')
        .then(definitions => Promise.all(definitions.map(definition =>
          getJson('/api/mutu-baku/statistik?processDefinitionId=' + encodeURIComponent(definition.id))
            .then(steps => ({definition, total: ringkas(steps)}))
            .catch(() => null))))
        .then(rows => body.replaceChildren(...rows.filter(Boolean).map(row => baris(row.definition, row.total))))
        .catch(() => body.replaceChildren(element('tr', null,
          element('td', null, 'Mutu baku per layanan tidak dapat dimuat.'))));
    }
  }
];
