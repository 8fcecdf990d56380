// /lapor: file a report, then show its number and secret access code once.
import { DaftarGalat, panggil, pesanUmum } from './umum.js';

const MAKS_LAMPIRAN = 3;
const MAKS_UKURAN = 5 * 1024 * 1024;

const form = document.getElementById('form-lapor');
const galat = new DaftarGalat(form, document.getElementById('ringkasan-galat'));
const tombolKirim = document.getElementById('kirim');
const inputLampiran = document.getElementById('lampiran');
const daftarLampiran = document.getElementById('daftar-lampiran');
const bagianIdentitas = document.getElementById('bagian-identitas');
const catatanAnonim = document.getElementById('catatan-anonim');

/** The files chosen so far (the file input is emptied after each choice, so files can be added one by one). */
let lampiran = [];

function nilai(id) {
  return document.getElementById(id).value.trim();
}

function kerahasiaan() {
  return form.querySelector('input[name="kerahasiaan"]:checked').value;
}

function perbaruiIdentitas() {
  const anonim = kerahasiaan() === 'ANONIM';
  bagianIdentitas.hidden = anonim;
  catatanAnonim.hidden = !anonim;
}
form.querySelectorAll('input[name="kerahasiaan"]').forEach((radio) => radio.addEventListener('change', perbaruiIdentitas));
perbaruiIdentitas();

function ukuran(bytes) {
  if (bytes < 1024 * 1024) {
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** The type by the file's first bytes, whatever its name says. */
async function jenisMenurutIsi(file) {
  const b = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const diawali = (...bytes) => bytes.every((x, i) => b[i] === x);
  if (diawali(0x25, 0x50, 0x44, 0x46, 0x2d)) {
    return 'PDF';
  }
  if (diawali(0xff, 0xd8, 0xff)) {
    return 'JPEG';
  }
  if (diawali(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
    return 'PNG';
  }
  return null;
}

function tampilkanLampiran() {
  document.getElementById('lampiran-kosong').hidden = lampiran.length > 0;
  daftarLampiran.replaceChildren(...lampiran.map((file, index) => {
    const li = document.createElement('li');
    const nama = document.createElement('span');
    nama.className = 'nama-berkas';
    nama.textContent = `${file.name} (${ukuran(file.size)})`;
    const hapus = document.createElement('button');
    hapus.type = 'button';
    hapus.className = 'kedua kecil';
    hapus.append('Hapus');
    const siapa = document.createElement('span');
    siapa.className = 'tersembunyi';
    siapa.textContent = ` lampiran ${file.name}`;
    hapus.append(siapa);
    hapus.addEventListener('click', () => {
      lampiran.splice(index, 1);
      tampilkanLampiran();
      inputLampiran.focus();
    });
    li.append(nama, hapus);
    return li;
  }));
}

inputLampiran.addEventListener('change', async () => {
  galat.bersihkan();
  const ditolak = [];
  for (const file of [...inputLampiran.files]) {
    if (lampiran.length >= MAKS_LAMPIRAN) {
      ditolak.push(`Paling banyak ${MAKS_LAMPIRAN} lampiran; berkas ${file.name} tidak ditambahkan.`);
    } else if (file.size === 0) {
      ditolak.push(`Berkas ${file.name} kosong.`);
    } else if (file.size > MAKS_UKURAN) {
      ditolak.push(`Berkas ${file.name} berukuran ${ukuran(file.size)}; paling besar 5 MB.`);
    } else if (!(await jenisMenurutIsi(file))) {
      ditolak.push(`Berkas ${file.name} bukan PDF, JPEG, atau PNG.`);
    } else {
      lampiran.push(file);
    }
  }
  inputLampiran.value = '';
  tampilkanLampiran();
  if (ditolak.length) {
    galat.tambah('lampiran', ditolak.join(' '));
    galat.tampilkan('Ada lampiran yang tidak dapat ditambahkan');
  }
});

function periksa(data) {
  if (!data.judul) {
    galat.tambah('judul', 'Isi judul laporan.');
  }
  if (!data.isi) {
    galat.tambah('isi', 'Tuliskan isi laporan.');
  }
  if (!data.kategori) {
    galat.tambah('kategori', 'Pilih kategori laporan.');
  }
  if (!data.anonim) {
    if (!data.nama) {
      galat.tambah('nama', 'Isi nama Anda, atau pilih "Anonim".');
    }
    if (!data.telepon && !data.email) {
      galat.tambah('telepon', 'Isi nomor telepon atau e-mail agar kantor dapat menghubungi Anda.');
    }
    if (data.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(data.email)) {
      galat.tambah('email', 'Alamat e-mail tidak sah. Contoh: nama@contoh.id');
    }
  }
  if (lampiran.length > MAKS_LAMPIRAN) {
    galat.tambah('lampiran', `Paling banyak ${MAKS_LAMPIRAN} lampiran.`);
  }
}

/** The field the server names, as this page calls it ("lampiran[1]" is the attachments field). */
function isianDari(field) {
  if (!field) {
    return null;
  }
  return field.startsWith('lampiran') ? 'lampiran' : field;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  galat.bersihkan();
  const pilihan = kerahasiaan();
  const anonim = pilihan === 'ANONIM';
  const kategori = form.querySelector('input[name="kategori"]:checked');
  const data = {
    judul: nilai('judul'),
    isi: nilai('isi'),
    kategori: kategori ? kategori.value : null,
    anonim,
    rahasia: pilihan === 'RAHASIA',
    nama: anonim ? null : nilai('nama'),
    telepon: anonim || !nilai('telepon') ? null : nilai('telepon'),
    email: anonim || !nilai('email') ? null : nilai('email'),
  };
  periksa(data);
  if (galat.ada) {
    galat.tampilkan('Laporan belum terkirim');
    return;
  }

  let options;
  if (lampiran.length === 0) {
    options = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) };
  } else {
    const body = new FormData();
    body.append('laporan', new Blob([JSON.stringify(data)], { type: 'application/json' }), 'laporan.json');
    lampiran.forEach((file) => body.append('lampiran', file, file.name));
    options = { method: 'POST', body };
  }

  tombolKirim.disabled = true;
  tombolKirim.textContent = 'Mengirim…';
  const jawaban = await panggil('/api/laporan', options);
  tombolKirim.disabled = false;
  tombolKirim.textContent = 'Kirim laporan';

  if (jawaban.status === 201 && jawaban.body && jawaban.body.nomor) {
    tampilkanDiterima(jawaban.body, data);
    return;
  }
  const field = jawaban.status === 413 ? 'lampiran' : isianDari(jawaban.body && jawaban.body.field);
  galat.tambah(field, pesanUmum(jawaban));
  galat.tampilkan('Laporan belum terkirim');
});

function tampilkanDiterima({ nomor, kodeAkses }, data) {
  document.getElementById('hasil-nomor').textContent = nomor;
  document.getElementById('hasil-kode').textContent = kodeAkses || '';
  const tautan = document.getElementById('tautan-lacak');
  tautan.href = `/lapor/lacak#nomor=${encodeURIComponent(nomor)}&kode=${encodeURIComponent(kodeAkses || '')}`;
  if (data.email) {
    document.getElementById('hasil-email').textContent = data.email;
    document.getElementById('info-email').hidden = false;
  }
  document.getElementById('info-anonim').hidden = !data.anonim;

  document.getElementById('salin').addEventListener('click', () => salin(
    `Nomor laporan: ${nomor}\nKode akses: ${kodeAkses}\nLacak di: ${location.origin}/lapor/lacak`));

  // nothing of what was typed stays in the page once it has been sent
  form.reset();
  lampiran = [];
  tampilkanLampiran();
  document.getElementById('bagian-formulir').hidden = true;
  document.getElementById('bagian-diterima').hidden = false;
  document.title = `Laporan diterima · ${document.title.split(' · ').slice(1).join(' · ')}`;
  document.getElementById('judul-diterima').focus();
}

/** The number and code to the clipboard: the Clipboard API where the browser allows it, else the older command. */
async function salin(teks) {
  const status = document.getElementById('status-salin');
  let berhasil = false;
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(teks);
      berhasil = true;
    } catch (ditolak) {
      berhasil = false;
    }
  }
  if (!berhasil) {
    const area = document.createElement('textarea');
    area.value = teks;
    area.setAttribute('readonly', '');
    area.className = 'tersembunyi';
    document.body.append(area);
    area.select();
    try {
      berhasil = document.execCommand('copy');
    } catch (ditolak) {
      berhasil = false;
    }
    area.remove();
    document.getElementById('salin').focus();
  }
  status.textContent = berhasil
    ? 'Nomor laporan dan kode akses telah disalin. Tempelkan ke catatan yang aman.'
    : 'Tidak dapat menyalin otomatis. Catat nomor laporan dan kode akses secara manual.';
}
