// Two tabs of a process instance in Cockpit, each shown only on the process it is for:
// - "Dokumen Layanan" on a layananInformasiTelepon call: the service document of
//   GET /api/informasi/{processInstanceId}/dokumen-layanan as a readable page; the caller's identity
//   is confidential, so for a reader who did not handle the call (a manager, an auditor) the server
//   sends no "pemohon" and the tab says "dirahasiakan";
// - "Riwayat Laporan" on a pengaduanLapor report: every hop of GET /api/laporan/{nomor}/riwayat
//   (by the business key), with the reason of each return.
// Times in WIB whatever the browser's zone. Whatever people typed is put into the page as text.
import {engineApi, getJson} from '../../standar-pelayanan/permintaan.js';

const WIB = 'Asia/Jakarta';
const TAB_DOKUMEN = {id: 'standarPelayanan.dokumenLayanan', label: 'Dokumen Layanan', proses: 'layananInformasiTelepon'};
const TAB_RIWAYAT = {id: 'standarPelayanan.riwayatLaporan', label: 'Riwayat Laporan', proses: 'pengaduanLapor'};
const STATUS_LANGKAH = {
  TEPAT_WAKTU: 'tepat waktu',
  TERLAMBAT: 'terlambat',
  BERJALAN: 'sedang berjalan',
  BERJALAN_TERLAMBAT: 'berjalan, melewati tenggat'
};
const TINGKAT = {
  adminNasional: 'Admin Nasional',
  adminInstansi: 'Admin Instansi',
  adminEselon1: 'Admin Eselon I',
  adminUpt: 'Admin UPT'
};
const RAHASIA = 'dirahasiakan';

function element(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  children.filter(child => child !== null && child !== undefined).forEach(child => node.append(child));
  return node;
}


/** "24 November 2026 14.05 WIB" */
function waktu(value) {
  if (!value) {
    return '–';
  }
  const date = new Date(value);
  if (isNaN(date.getTime())) {
    return String(value);
  }
  return new Intl.DateTimeFormat('id-ID', {day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23', timeZone: WIB}).format(date) + ' WIB';
}

/** "3 menit 20 detik", "2 hari 4 jam" */
function lama(detik) {
  if (detik === null || detik === undefined) {
    return '–';
  }
  const satuan = [['hari', 86400], ['jam', 3600], ['menit', 60], ['detik', 1]];
  const bagian = [];
  let sisa = Math.max(0, Math.round(detik));
  satuan.forEach(([nama, ukuran]) => {
    if (sisa >= ukuran && bagian.length < 2) {
      bagian.push(Math.floor(sisa / ukuran) + ' ' + nama);
      sisa %= ukuran;
    }
  });
  return bagian.length ? bagian.join(' ') : '0 detik';
}

function teks(value) {
  return value === null || value === undefined || value === '' ? '–' : String(value);
}

function daftar(pairs) {
  return element('table', 'table table-condensed sp-dokumen-data', element('tbody', null,
    ...pairs.map(([label, value]) => element('tr', null, element('th', null, label), element('td', null, value)))));
}

function tabel(kolom, baris) {
  const head = element('tr', null, ...kolom.map(judul => element('th', null, judul)));
  return element('table', 'table table-condensed sp-dokumen-tabel', element('thead', null, head),
    element('tbody', null, ...baris.map(sel => element('tr', null, ...sel.map(isi => element('td', null, isi))))));
}

function status(value) {
  const span = element('span', 'sp-status sp-status-' + String(value).toLowerCase(), STATUS_LANGKAH[value] || teks(value));
  return span;
}

function pesan(node, kalimat, jenis) {
  node.replaceChildren(element('p', 'sp-dokumen-pesan' + (jenis ? ' sp-dokumen-pesan-' + jenis : ''), kalimat));
}

function pesanGagal(response, apa) {
  const kode = response && response.status;
  if (kode === 403 || kode === 404) {
    return apa + ' tidak dapat dibuka: tidak ditemukan atau Anda tidak berwenang membacanya (' + kode + ').';
  }
  if (kode === 401) {
    return 'Sesi Anda telah berakhir. Silakan masuk kembali ke Cockpit.';
  }
  return apa + ' gagal dimuat' + (kode ? ' (kesalahan server ' + kode + ')' : ': server tidak dapat dihubungi') + '.';
}

function renderDokumen(node, dokumen) {
  const pemohon = dokumen.pemohon;
  const identitas = pemohon
    ? [['Nama', teks(pemohon.nama)], ['Instansi', teks(pemohon.instansi)],
      ['Kabupaten/kota', teks(pemohon.kabupatenKota)], ['Nomor telepon', teks(pemohon.nomorTelepon)]]
    : [['Nama', RAHASIA], ['Instansi', RAHASIA], ['Kabupaten/kota', RAHASIA], ['Nomor telepon', RAHASIA]];
  const langkah = (dokumen.langkah || []).map(step => [
    teks(step.nama),
    teks(step.pelaksana) + (step.penugasan && step.penugasan.length ? ' (' + step.penugasan.join('; ') + ')' : ''),
    waktu(step.mulai), waktu(step.selesai), waktu(step.tenggat),
    lama(step.durasiDetik) + ' / ' + lama(step.mutuBakuDetik), status(step.status), teks(step.alasanKeterlambatan)]);
  const pelanggaran = (dokumen.pelanggaran || []).map(item => [teks(item.taskKey), waktu(item.dueTime),
    waktu(item.firedTime)]);
  node.replaceChildren(element('section', 'sp-dokumen',
    element('h3', null, 'Dokumen Layanan ' + teks(dokumen.nomor)),
    daftar([
      ['Status', dokumen.status === 'SELESAI' ? 'selesai' : 'sedang berjalan'],
      ['Jalur', dokumen.jalur === 'B' ? 'B: diteruskan ke unit terkait, penelepon dihubungi kembali'
        : 'A: dijawab langsung oleh petugas telepon'],
      ['Pertanyaan', teks(dokumen.pertanyaan)],
      ['Hasil telaah', teks(dokumen.hasilTelaah)],
      ['Jawaban', teks(dokumen.jawaban)],
      ['Dijawab oleh', teks(dokumen.dijawabOleh)]
    ]),
    element('h4', null, 'Pemohon'),
    pemohon ? null : element('p', 'sp-dokumen-catatan', 'Identitas penelepon dirahasiakan: hanya petugas yang '
      + 'menangani panggilan ini dan administrator yang dapat membacanya.'),
    daftar(identitas),
    element('h4', null, 'Langkah dan mutu baku'),
    langkah.length ? tabel(['Langkah', 'Pelaksana', 'Mulai', 'Selesai', 'Tenggat', 'Durasi / mutu baku', 'Status',
      'Alasan keterlambatan'], langkah) : element('p', null, 'Belum ada langkah.'),
    element('h4', null, 'Pelanggaran mutu baku'),
    pelanggaran.length ? tabel(['Langkah', 'Tenggat', 'Tercatat'], pelanggaran)
      : element('p', null, 'Tidak ada pelanggaran mutu baku.')));
}

function renderRiwayat(node, nomor, hops) {
  const baris = hops.map(hop => [teks(hop.nama), TINGKAT[hop.tingkat] || teks(hop.tingkat), teks(hop.pelaksana),
    waktu(hop.mulai), waktu(hop.selesai), waktu(hop.tenggat),
    hop.alasanPengembalian ? element('strong', null, hop.alasanPengembalian) : '–']);
  node.replaceChildren(element('section', 'sp-dokumen',
    element('h3', null, 'Riwayat laporan ' + nomor),
    element('p', 'sp-dokumen-catatan', 'Setiap langkah laporan: tingkat yang memegangnya, pelaksana, waktu (WIB) dan '
      + 'alasan setiap pengembalian. Data pribadi pelapor tidak ditampilkan.'),
    baris.length ? tabel(['Langkah', 'Tingkat', 'Pelaksana', 'Mulai', 'Selesai', 'Tenggat', 'Alasan pengembalian'],
      baris) : element('p', null, 'Belum ada langkah.')));
}


// the process and business key of an instance, asked once per instance
const instances = new Map();
function instance(api, processInstanceId) {
  if (!instances.has(processInstanceId)) {
    instances.set(processInstanceId,
      getJson(api.engineApi + '/history/process-instance/' + encodeURIComponent(processInstanceId))
        .catch(error => {
          instances.delete(processInstanceId);
          return Promise.reject(error);
        }));
  }
  return instances.get(processInstanceId);
}

/** Hides the tab's heading on instances of other processes (Cockpit lists every tab on every instance). */
function tabHeading(tab) {
  return Array.from(document.querySelectorAll('.ctn-tabbed .nav-tabs > li, .nav-tabs > li'))
    .find(item => item.textContent.trim() === tab.label);
}

function showTabFor(tab, processKey) {
  const apply = () => {
    const heading = tabHeading(tab);
    if (heading) {
      // (the attribute hidden would lose against Bootstrap's display of a tab)
      heading.style.display = processKey === tab.proses ? '' : 'none';
      heading.classList.add('sp-tab-' + tab.proses);
    }
    return Boolean(heading);
  };
  // the headings are drawn by Angular after the instance page starts
  let tries = 0;
  const timer = setInterval(() => {
    if (apply() || ++tries > 50) {
      clearInterval(timer);
    }
  }, 100);
}

function tab(definition, render) {
  return {
    id: definition.id,
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    label: definition.label,
    properties: {label: definition.label},
    initialize: data => {
      const processInstance = data && data.processInstance;
      const definitionId = processInstance && (processInstance.definitionId || processInstance.processDefinitionId);
      if (definitionId) {
        showTabFor(definition, String(definitionId).split(':')[0]);
        return;
      }
      const id = processInstance && processInstance.id || window.location.hash.split('/')[2];
      if (id) {
        instance({engineApi: engineApi()}, id).then(info => showTabFor(definition, info.processDefinitionKey))
          .catch(() => {});
      }
    },
    render: (node, {api, processInstanceId}) => {
      pesan(node, 'Memuat…');
      instance(api, processInstanceId).then(info => {
        if (info.processDefinitionKey !== definition.proses) {
          pesan(node, definition.label + ' hanya ada pada proses ' + definition.proses + '.');
          return;
        }
        render(node, info);
      }).catch(response => pesan(node, pesanGagal(response, definition.label), 'galat'));
    }
  };
}

export default [
  tab(TAB_DOKUMEN, (node, info) => getJson('/api/informasi/' + encodeURIComponent(info.id) + '/dokumen-layanan')
    .then(dokumen => renderDokumen(node, dokumen))
    .catch(response => pesan(node, pesanGagal(response, 'Dokumen Layanan'), 'galat'))),
  tab(TAB_RIWAYAT, (node, info) => {
    if (!info.businessKey) {
      pesan(node, 'Laporan ini belum bernomor, jadi belum ada riwayatnya.');
      return;
    }
    getJson('/api/laporan/' + encodeURIComponent(info.businessKey) + '/riwayat')
      .then(hops => renderRiwayat(node, info.businessKey, hops))
      .catch(response => pesan(node, pesanGagal(response, 'Riwayat laporan'), 'galat'));
  })
];
