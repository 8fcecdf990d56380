// /survei: the survey code a clerk gave; the form itself goes to /survei?kode=…, which leads to /survei/{kode}.
import { DaftarGalat } from './umum.js';

const form = document.getElementById('form-kode');
const input = document.getElementById('kode');
const galat = new DaftarGalat(form, null);

form.addEventListener('submit', (event) => {
  galat.bersihkan();
  let kode = input.value.trim();
  // a pasted link works too: its last part is the code
  const tautan = kode.match(/\/survei\/([^/?#\s]+)/);
  if (tautan) {
    kode = decodeURIComponent(tautan[1]);
  }
  kode = kode.replace(/\s+/g, '');
  if (!kode) {
    event.preventDefault();
    galat.tambah('kode', 'Isi kode survei.');
    galat.tampilkan();
  } else if (!/^[A-Za-z0-9_-]{1,200}$/.test(kode)) {
    event.preventDefault();
    galat.tambah('kode', 'Kode survei hanya terdiri atas huruf, angka, dan tanda hubung (-).');
    galat.tampilkan();
  } else {
    input.value = kode;
  }
});
