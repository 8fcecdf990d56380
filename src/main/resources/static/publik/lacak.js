// /lapor/lacak: a report by its number and secret access code; the reporter's response; the survey.
import { DaftarGalat, panggil, pesanUmum, waktuWib } from './umum.js';

const TIDAK_DITEMUKAN = 'Laporan dengan nomor dan kode akses itu tidak ditemukan. '
  + 'Periksa kembali nomor laporan dan kode akses Anda.';
const URUTAN = ['DITERIMA', 'DIVERIFIKASI', 'DIDISPOSISIKAN', 'DITINDAKLANJUTI', 'SELESAI', 'DITUTUP'];
const KATEGORI = { PENGADUAN: 'Pengaduan', ASPIRASI: 'Aspirasi', PERMINTAAN_INFORMASI: 'Permintaan informasi' };

const formLacak = document.getElementById('form-lacak');
const galatLacak = new DaftarGalat(formLacak, null);
const inputNomor = document.getElementById('nomor');
const inputKode = document.getElementById('kode');
const pesan = document.getElementById('pesan');
const hasil = document.getElementById('hasil');
const formTanggapan = document.getElementById('form-tanggapan');
const galatTanggapan = new DaftarGalat(formTanggapan, document.getElementById('ringkasan-galat-tanggapan'));

/** The report shown now: its number and the code that opened it (never stored beyond this page). */
let aktif = null;

function tampilkanPesan(teks, jenis = 'pesan-galat') {
  pesan.replaceChildren();
  if (teks) {
    const p = document.createElement('p');
    p.className = jenis;
    p.textContent = teks;
    pesan.append(p);
  }
}

function kosongkanHasil() {
  aktif = null;
  hasil.hidden = true;
  ['hasil-nomor', 'hasil-perihal', 'hasil-kategori', 'hasil-diterima', 'hasil-status', 'hasil-jawaban',
    'hasil-puas', 'hasil-catatan'].forEach((id) => { document.getElementById(id).textContent = ''; });
  document.getElementById('tautan-survei').setAttribute('href', '/survei');
}

async function lacak(nomor, kode, { fokus = true } = {}) {
  const jawaban = await panggil(`/api/laporan/${encodeURIComponent(nomor)}`, { headers: { 'X-Kode-Akses': kode } });
  if (jawaban.status === 200 && jawaban.body) {
    tampilkanPesan('');
    tampilkan(jawaban.body, kode);
    if (fokus) {
      document.getElementById('hasil-judul').focus();
    }
    return true;
  }
  kosongkanHasil();
  tampilkanPesan(jawaban.status === 404 ? TIDAK_DITEMUKAN : pesanUmum(jawaban));
  return false;
}

function tampilkan(laporan, kode) {
  aktif = { nomor: laporan.nomor, kode };
  document.getElementById('hasil-nomor').textContent = laporan.nomor;
  document.getElementById('hasil-perihal').textContent = laporan.judul || '';
  document.getElementById('hasil-kategori').textContent = KATEGORI[laporan.kategori] || laporan.kategori || '';
  document.getElementById('hasil-diterima').textContent = laporan.diterima ? waktuWib(laporan.diterima) : '';
  document.getElementById('hasil-status').textContent = laporan.statusLabel || laporan.status || '';

  const posisi = URUTAN.indexOf(laporan.status);
  document.querySelectorAll('#tahapan li').forEach((li, i) => {
    li.classList.toggle('lewat', i < posisi);
    li.classList.toggle('kini', i === posisi);
    li.querySelectorAll('.tanda-kini, .tersembunyi').forEach((el) => el.remove());
    if (i === posisi) {
      li.setAttribute('aria-current', 'step');
      const kini = document.createElement('span');
      kini.className = 'tanda-kini';
      kini.textContent = '(saat ini)';
      li.append(kini);
    } else {
      li.removeAttribute('aria-current');
      if (i < posisi) {
        const lewat = document.createElement('span');
        lewat.className = 'tersembunyi';
        lewat.textContent = ' (sudah)';
        li.append(lewat);
      }
    }
  });

  document.getElementById('hasil-jawaban').textContent = laporan.jawaban || '';
  document.getElementById('bagian-jawaban').hidden = !laporan.jawaban;

  formTanggapan.hidden = !laporan.menungguTanggapan;
  if (!laporan.menungguTanggapan) {
    formTanggapan.reset();
    galatTanggapan.bersihkan();
  }

  const tanggapan = laporan.tanggapan;
  document.getElementById('bagian-tanggapan').hidden = !tanggapan;
  document.getElementById('hasil-puas').textContent = tanggapan
    ? (tanggapan.puas ? 'Anda puas dengan jawaban ini.' : 'Anda tidak puas dengan jawaban ini; laporan ditindaklanjuti lagi.')
    : '';
  document.getElementById('hasil-catatan').textContent = tanggapan && tanggapan.catatan ? tanggapan.catatan : '';

  const survei = laporan.survei;
  document.getElementById('bagian-survei').hidden = !survei;
  document.getElementById('tautan-survei').setAttribute('href', survei || '/survei');

  hasil.hidden = false;
}

formLacak.addEventListener('submit', async (event) => {
  event.preventDefault();
  galatLacak.bersihkan();
  const nomor = inputNomor.value.trim().toUpperCase();
  const kode = inputKode.value.trim().toUpperCase();
  if (!nomor) {
    galatLacak.tambah('nomor', 'Isi nomor laporan.');
  }
  if (!kode) {
    galatLacak.tambah('kode', 'Isi kode akses.');
  }
  if (galatLacak.ada) {
    kosongkanHasil();
    tampilkanPesan('');
    galatLacak.tampilkan();
    return;
  }
  inputNomor.value = nomor;
  inputKode.value = kode;
  await lacak(nomor, kode);
});

formTanggapan.addEventListener('submit', async (event) => {
  event.preventDefault();
  galatTanggapan.bersihkan();
  const pilihan = formTanggapan.querySelector('input[name="puas"]:checked');
  if (!pilihan) {
    galatTanggapan.tambah('puas', 'Pilih apakah Anda puas dengan jawaban.');
    galatTanggapan.tampilkan('Tanggapan belum terkirim');
    return;
  }
  if (!aktif) {
    return;
  }
  const tombol = document.getElementById('tombol-tanggapan');
  tombol.disabled = true;
  const jawaban = await panggil(`/api/laporan/${encodeURIComponent(aktif.nomor)}/tanggapan`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kode-Akses': aktif.kode },
    body: JSON.stringify({ puas: pilihan.value === 'true', catatan: document.getElementById('catatan').value.trim() }),
  });
  tombol.disabled = false;
  if (jawaban.status === 202 || jawaban.status === 409) {
    const { nomor, kode } = aktif;
    if (await lacak(nomor, kode, { fokus: false })) {
      tampilkanPesan(jawaban.status === 202
        ? 'Tanggapan Anda telah kami terima. Terima kasih.'
        : 'Laporan ini tidak sedang menunggu tanggapan.', jawaban.status === 202 ? 'info' : 'pesan-galat');
    }
    return;
  }
  if (jawaban.status === 404) {
    kosongkanHasil();
    tampilkanPesan(TIDAK_DITEMUKAN);
    return;
  }
  const field = jawaban.body && jawaban.body.field;
  galatTanggapan.tambah(field === 'puas' || field === 'catatan' ? field : null, pesanUmum(jawaban));
  galatTanggapan.tampilkan('Tanggapan belum terkirim');
});

// The link after filing carries the number and code in the fragment (never sent to a server):
// fill the form, take them out of the address bar and the history entry, and look the report up.
// Also when such a link is opened while this page is already shown (only the fragment changes).
function bacaFragmen() {
  const fragmen = new URLSearchParams(location.hash.slice(1));
  if (!fragmen.has('nomor') && !fragmen.has('kode')) {
    return;
  }
  galatLacak.bersihkan();
  inputNomor.value = (fragmen.get('nomor') || '').trim().toUpperCase();
  inputKode.value = (fragmen.get('kode') || '').trim().toUpperCase();
  history.replaceState(null, '', location.pathname + location.search);
  if (inputNomor.value && inputKode.value) {
    lacak(inputNomor.value, inputKode.value);
  } else if (inputNomor.value) {
    // a mail's link carries the number alone: the code is the reporter's to type
    inputKode.focus();
  }
}
window.addEventListener('hashchange', bacaFragmen);
bacaFragmen();
