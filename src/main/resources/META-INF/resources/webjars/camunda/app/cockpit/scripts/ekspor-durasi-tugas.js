// Cockpit page "Ekspor durasi tugas" (#/ekspor-durasi-tugas) for auditors and administrators: a
// period in WIB dates, a process chosen from the deployed ones, CSV or XLSX, and a button that
// downloads GET /api/audit/durasi-tugas with the Cockpit login (a read: no CSRF token needed). The
// menu entry is shown only to whoever the export answers (GET /api/audit/akses); a refusal or an
// invalid period is said in Bahasa Indonesia beside the button.
const PATH = '/ekspor-durasi-tugas';
const WIB = 'Asia/Jakarta';

// asked each time: another person may log in to the same page
function akses() {
  return fetch('/api/audit/akses', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : {eksporDurasiTugas: false}))
    .catch(() => ({eksporDurasiTugas: false}));
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'className') {
      node.className = value;
    } else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.forEach(child => node.append(child));
  return node;
}

/** A date as YYYY-MM-DD in WIB, whatever the browser's zone. */
function tanggalWib(date) {
  const parts = new Intl.DateTimeFormat('en-CA', {timeZone: WIB, year: 'numeric', month: '2-digit', day: '2-digit'})
    .formatToParts(date).reduce((all, part) => ({...all, [part.type]: part.value}), {});
  return parts.year + '-' + parts.month + '-' + parts.day;
}

/** "Rabu, 2 Januari 2030": the date in words, since a browser may show the field as 01/02/2030. */
function tanggalPanjang(value) {
  const [year, month, day] = value.split('-').map(Number);
  return new Intl.DateTimeFormat('id-ID', {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    timeZone: 'UTC'}).format(new Date(Date.UTC(year, month - 1, day)));
}

function ukuran(bytes) {
  if (bytes >= 1024 * 1024) {
    return (bytes / (1024 * 1024)).toLocaleString('id-ID', {maximumFractionDigits: 1}) + ' MB';
  }
  return Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID') + ' KB';
}

function namaBerkas(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = disposition.match(/filename="([^"]+)"/);
  return match ? match[1] : fallback;
}

/** What a refused or failed download means, in Bahasa Indonesia. */
function pesanGagal(response) {
  if (response.status === 401) {
    return Promise.resolve('Sesi Anda telah berakhir. Silakan masuk kembali ke Cockpit, lalu unduh lagi.');
  }
  if (response.status === 403) {
    return Promise.resolve('Anda tidak berwenang mengunduh ekspor ini: ekspor durasi tugas hanya untuk auditor '
      + 'dan administrator (403).');
  }
  return response.json().catch(() => ({})).then(problem => {
    if (response.status === 400 && problem.detail) {
      return 'Permintaan ditolak: ' + problem.detail;
    }
    return 'Ekspor gagal (kesalahan server ' + response.status + '). Coba lagi sebentar lagi atau hubungi '
      + 'administrator.';
  });
}

function renderHalaman(node, api) {
  const hariIni = tanggalWib(new Date());
  const awalBulan = hariIni.slice(0, 8) + '01';
  const pesan = element('div', {className: 'sp-ekspor-pesan', role: 'status', 'aria-live': 'polite'});
  const dari = element('input', {type: 'date', id: 'sp-ekspor-dari', name: 'dari', className: 'form-control',
    value: awalBulan, max: hariIni, required: true});
  const sampai = element('input', {type: 'date', id: 'sp-ekspor-sampai', name: 'sampai', className: 'form-control',
    value: hariIni, max: hariIni, required: true});
  const petunjuk = input => {
    const hint = element('small', {className: 'help-block sp-ekspor-tanggal', 'aria-live': 'polite'});
    const update = () => {
      hint.textContent = input.value ? tanggalPanjang(input.value) : 'belum diisi';
    };
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    update();
    return hint;
  };
  const proses = element('select', {id: 'sp-ekspor-proses', name: 'proses', className: 'form-control'},
    element('option', {value: ''}, 'Semua proses'));
  const format = nilai => element('label', {className: 'radio-inline'},
    element('input', {type: 'radio', name: 'format', value: nilai, checked: nilai === 'xlsx'}),
    nilai === 'xlsx' ? ' XLSX (Excel)' : ' CSV (teks, UTF-8)');
  const tombol = element('button', {type: 'submit', className: 'btn btn-primary', id: 'sp-ekspor-unduh'}, 'Unduh');
  const formulir = element('form', {className: 'sp-ekspor-formulir', novalidate: true},
    element('fieldset', {},
      element('legend', {}, 'Periode (tanggal WIB, tugas yang dimulai pada tanggal itu)'),
      element('div', {className: 'sp-ekspor-baris'},
        element('div', {className: 'form-group'}, element('label', {for: 'sp-ekspor-dari'}, 'Dari tanggal'), dari,
          petunjuk(dari)),
        element('div', {className: 'form-group'}, element('label', {for: 'sp-ekspor-sampai'}, 'Sampai tanggal'),
          sampai, petunjuk(sampai)))),
    element('div', {className: 'form-group'}, element('label', {for: 'sp-ekspor-proses'}, 'Proses'), proses),
    element('fieldset', {className: 'form-group'}, element('legend', {}, 'Format berkas'), format('xlsx'),
      format('csv')),
    element('div', {className: 'sp-ekspor-aksi'}, tombol, pesan));

  node.replaceChildren(element('section', {className: 'sp-ekspor'},
    element('h2', {}, 'Ekspor durasi tugas'),
    element('p', {className: 'sp-ekspor-keterangan'},
      'Satu baris per tugas: proses dan versinya, kunci bisnis, langkah, kelompok, pelaksana, mulai, selesai, '
      + 'tenggat (WIB), durasi dan mutu baku dalam detik, status, keterlambatan dan alasannya. Nama dan nomor '
      + 'penelepon atau pelapor tidak termasuk.'),
    formulir));

  fetch(api.engineApi + '/process-definition?latestVersion=true&sortBy=name&sortOrder=asc',
    {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : []))
    .then(definitions => definitions.forEach(definition => proses.append(
      element('option', {value: definition.key}, (definition.name || definition.key) + ' (' + definition.key + ')'))))
    .catch(() => {});

  const tampilkan = (teks, jenis) => {
    pesan.className = 'sp-ekspor-pesan sp-ekspor-pesan-' + jenis;
    pesan.textContent = teks;
  };

  formulir.addEventListener('submit', event => {
    event.preventDefault();
    if (!dari.value || !sampai.value) {
      tampilkan('Isi periode dahulu: tanggal "Dari" dan "Sampai" (WIB) keduanya wajib diisi.', 'galat');
      (dari.value ? sampai : dari).focus();
      return;
    }
    if (sampai.value < dari.value) {
      tampilkan('Periode kosong: tanggal "Sampai" (' + tanggalPanjang(sampai.value) + ') sebelum tanggal "Dari" ('
        + tanggalPanjang(dari.value) + ').', 'galat');
      sampai.focus();
      return;
    }
    const jenis = formulir.querySelector('input[name="format"]:checked').value;
    const query = new URLSearchParams({dari: dari.value, sampai: sampai.value, format: jenis});
    if (proses.value) {
      query.set('proses', proses.value);
    }
    tombol.disabled = true;
    tampilkan('Menyiapkan berkas…', 'info');
    fetch('/api/audit/durasi-tugas?' + query, {credentials: 'same-origin'})
      .then(response => {
        if (!response.ok) {
          return pesanGagal(response).then(teks => tampilkan(teks, 'galat'));
        }
        const nama = namaBerkas(response, 'durasi-tugas.' + jenis);
        return response.blob().then(berkas => {
          const tautan = element('a', {href: URL.createObjectURL(berkas), download: nama});
          document.body.append(tautan);
          tautan.click();
          tautan.remove();
          setTimeout(() => URL.revokeObjectURL(tautan.href), 60000);
          tampilkan('Berkas ' + nama + ' (' + ukuran(berkas.size) + ') telah diunduh.', 'sukses');
        });
      })
      .catch(() => tampilkan('Server tidak dapat dihubungi. Periksa jaringan Anda, lalu coba lagi.', 'galat'))
      .finally(() => {
        tombol.disabled = false;
      });
  });
}

export default [
  {
    id: 'standarPelayanan.eksporDurasiTugas.menu',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {path: PATH},
    render: node => {
      akses().then(hak => {
        // (the node is put into the menu after this function returned)
        const item = node.closest('li');
        if (!hak.eksporDurasiTugas) {
          if (item) {
            item.style.display = 'none';
          }
          return;
        }
        node.replaceChildren(element('a', {href: '#' + PATH, id: 'sp-menu-ekspor'}, 'Ekspor durasi tugas'));
      });
    }
  },
  {
    id: 'standarPelayanan.eksporDurasiTugas',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH, label: 'Ekspor durasi tugas'},
    render: (node, {api}) => {
      node.replaceChildren(element('p', {}, 'Memuat…'));
      akses().then(hak => {
        if (hak.eksporDurasiTugas) {
          renderHalaman(node, api);
        } else {
          node.replaceChildren(element('section', {className: 'sp-ekspor'},
            element('h2', {}, 'Ekspor durasi tugas'),
            element('p', {className: 'sp-ekspor-pesan sp-ekspor-pesan-galat', role: 'alert'},
              'Halaman ini untuk auditor dan administrator. Akun Anda tidak berwenang mengunduh ekspor durasi tugas; '
              + 'mintalah kepada auditor atau administrator bila Anda memerlukannya.')));
        }
      });
    }
  }
];
