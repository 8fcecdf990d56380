// /survei/{token}: the nine elements of PermenPANRB 14/2017, as the server words them, answered once.
import { DaftarGalat, panggil, pesanUmum } from './umum.js';

const token = decodeURIComponent(location.pathname.replace(/^\/survei\//, '').replace(/\/$/, ''));
const api = `/api/survei/${encodeURIComponent(token)}`;

const memuat = document.getElementById('memuat');
const keadaan = document.getElementById('keadaan');
const form = document.getElementById('form-survei');
const daftar = document.getElementById('daftar-unsur');
const galat = new DaftarGalat(form, document.getElementById('ringkasan-galat'));
let unsur = [];

const KEADAAN = {
  404: ['Survei tidak ditemukan',
    'Kode atau tautan survei ini tidak dikenal. Periksa kembali kode yang diberikan petugas atau tautan yang Anda terima.'],
  409: ['Survei sudah diisi',
    'Survei ini sudah pernah diisi. Setiap survei hanya dapat diisi sekali. Terima kasih atas partisipasi Anda.'],
};

function tampilkanKeadaan(judul, teks, tautanKode) {
  memuat.hidden = true;
  form.hidden = true;
  const kotak = document.createElement('div');
  kotak.className = 'kartu';
  const h2 = document.createElement('h2');
  h2.textContent = judul;
  const p = document.createElement('p');
  p.textContent = teks;
  kotak.append(h2, p);
  if (tautanKode) {
    const lagi = document.createElement('p');
    const a = document.createElement('a');
    a.href = '/survei';
    a.textContent = 'Masukkan kode survei lain';
    lagi.append(a);
    kotak.append(lagi);
  }
  keadaan.replaceChildren(kotak);
}

function keadaanDari(jawaban) {
  if (KEADAAN[jawaban.status]) {
    const [judul, teks] = KEADAAN[jawaban.status];
    tampilkanKeadaan(judul, teks, jawaban.status === 404);
  } else {
    tampilkanKeadaan('Survei tidak dapat dibuka', pesanUmum(jawaban), false);
  }
}

function fieldsetUnsur(item, nomor) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'isian unsur';
  fieldset.dataset.isian = item.field;
  fieldset.id = `unsur-${item.field}`;
  const legend = document.createElement('legend');
  const nama = document.createElement('span');
  nama.className = 'nama-unsur';
  nama.textContent = `${nomor}. ${item.label}`;
  const tanya = document.createElement('span');
  tanya.className = 'pertanyaan';
  tanya.textContent = item.pertanyaan;
  legend.append(nama, tanya);
  const pilihan = document.createElement('div');
  pilihan.className = 'pilihan-empat';
  item.pilihan.forEach((teks, i) => {
    const baris = document.createElement('div');
    baris.className = 'pilihan';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = item.field;
    input.value = String(i + 1);
    input.id = `${item.field}-${i + 1}`;
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = teks;
    baris.append(input, label);
    pilihan.append(baris);
  });
  fieldset.append(legend, pilihan);
  return fieldset;
}

async function muat() {
  const jawaban = await panggil(api);
  if (jawaban.status !== 200 || !jawaban.body || !Array.isArray(jawaban.body.unsur)) {
    keadaanDari(jawaban);
    return;
  }
  unsur = jawaban.body.unsur;
  document.getElementById('nama-layanan').textContent = jawaban.body.layanan || '';
  daftar.replaceChildren(...unsur.map((item, i) => fieldsetUnsur(item, i + 1)));
  memuat.hidden = true;
  form.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  galat.bersihkan();
  const isi = {};
  unsur.forEach((item) => {
    const dipilih = form.querySelector(`input[name="${CSS.escape(item.field)}"]:checked`);
    if (dipilih) {
      isi[item.field] = Number(dipilih.value);
    } else {
      galat.tambah(item.field, `Pilih jawaban untuk "${item.label}".`);
    }
  });
  if (galat.ada) {
    galat.tampilkan('Jawaban belum terkirim');
    return;
  }
  const tombol = document.getElementById('tombol-survei');
  tombol.disabled = true;
  const jawaban = await panggil(api, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(isi),
  });
  tombol.disabled = false;
  if (jawaban.status === 201) {
    form.hidden = true;
    const terimaKasih = document.getElementById('terima-kasih');
    terimaKasih.hidden = false;
    document.getElementById('judul-terima-kasih').focus();
    return;
  }
  if (jawaban.status === 404 || jawaban.status === 409) {
    keadaanDari(jawaban);
    return;
  }
  galat.tambah(jawaban.body && jawaban.body.field, pesanUmum(jawaban));
  galat.tampilkan('Jawaban belum terkirim');
});

muat();
