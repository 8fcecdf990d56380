// Shared by the public pages: calls to the public API and error messages next to the field they name.

/** A call to the API: {status, body (parsed JSON or null), retryAfter (seconds or null)}; status 0 offline. */
export async function panggil(url, options = {}) {
  let response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      ...options,
      headers: { Accept: 'application/json, application/problem+json', ...(options.headers || {}) },
    });
  } catch (offline) {
    return { status: 0, body: null, retryAfter: null };
  }
  let body = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      body = await response.json();
    } catch (notJson) {
      body = null;
    }
  }
  return { status: response.status, body, retryAfter: detikTunggu(response.headers.get('Retry-After')) };
}

function detikTunggu(header) {
  if (!header) {
    return null;
  }
  if (/^\d+$/.test(header.trim())) {
    return Number(header.trim());
  }
  const when = Date.parse(header);
  return Number.isNaN(when) ? null : Math.max(1, Math.ceil((when - Date.now()) / 1000));
}

/** "45 detik", "3 menit", "2 jam". */
export function lamaTunggu(detik) {
  if (detik < 120) {
    return `${detik} detik`;
  }
  if (detik < 7200) {
    return `${Math.ceil(detik / 60)} menit`;
  }
  return `${Math.ceil(detik / 3600)} jam`;
}

/** A message for a person for an answer that is not the one the page hoped for. */
export function pesanUmum(jawaban) {
  if (jawaban.status === 0) {
    return 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda, lalu coba lagi.';
  }
  if (jawaban.status === 429) {
    const tunggu = jawaban.retryAfter ? ` dalam ${lamaTunggu(jawaban.retryAfter)}` : ' beberapa saat lagi';
    return `Terlalu banyak permintaan dari jaringan Anda. Silakan coba lagi${tunggu}.`;
  }
  if (jawaban.status === 413) {
    return 'Kiriman terlalu besar. Kurangi ukuran atau jumlah lampiran, lalu coba lagi.';
  }
  if (jawaban.status === 415) {
    return 'Server belum dapat menerima kiriman dalam bentuk ini. Kirim laporan tanpa lampiran, atau coba lagi nanti.';
  }
  if (jawaban.status >= 500) {
    return 'Terjadi gangguan pada server kami. Silakan coba lagi beberapa saat lagi.';
  }
  if (jawaban.body && typeof jawaban.body.detail === 'string' && jawaban.body.detail) {
    return jawaban.body.detail;
  }
  return 'Permintaan tidak dapat diproses. Silakan coba lagi.';
}

/**
 * The errors of one form: each shown under the label of its field ([data-isian="field"]) and tied to
 * it by aria-describedby, and listed in a summary (role="alert") that takes the focus.
 */
export class DaftarGalat {
  constructor(form, ringkasan) {
    this.form = form;
    this.ringkasan = ringkasan;
    this.galat = [];
  }

  bersihkan() {
    this.form.querySelectorAll('.galat').forEach((pesan) => {
      const id = pesan.id;
      this.form.querySelectorAll('[aria-describedby]').forEach((el) => {
        const ids = el.getAttribute('aria-describedby').split(/\s+/).filter((x) => x && x !== id);
        if (ids.length) {
          el.setAttribute('aria-describedby', ids.join(' '));
        } else {
          el.removeAttribute('aria-describedby');
        }
      });
      pesan.remove();
    });
    this.form.querySelectorAll('.isian-galat').forEach((el) => el.classList.remove('isian-galat'));
    this.form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    this.galat = [];
    if (this.ringkasan) {
      this.ringkasan.hidden = true;
      this.ringkasan.querySelector('ul').replaceChildren();
    }
  }

  /** Adds an error for a field; a field this form does not have goes to the summary alone. */
  tambah(field, pesan) {
    const wadah = field ? this.form.querySelector(`[data-isian="${CSS.escape(field)}"]`) : null;
    let sasaran = null;
    if (wadah) {
      const id = `${field}-galat`;
      if (!document.getElementById(id)) {
        const p = document.createElement('p');
        p.className = 'galat';
        p.id = id;
        const awal = document.createElement('span');
        awal.className = 'tersembunyi';
        awal.textContent = 'Kesalahan: ';
        p.append(awal, pesan);
        const petunjuk = wadah.querySelector(':scope > .petunjuk');
        const judul = petunjuk || wadah.querySelector(':scope > label, :scope > legend');
        if (judul) {
          judul.after(p);
        } else {
          wadah.prepend(p);
        }
        wadah.classList.add('isian-galat');
        const terkait = wadah.tagName === 'FIELDSET'
          ? [wadah]
          : [...wadah.querySelectorAll('input, textarea, select')];
        terkait.forEach((el) => {
          const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
          el.setAttribute('aria-describedby', [...ids, id].join(' '));
          if (el.tagName !== 'FIELDSET') {
            el.setAttribute('aria-invalid', 'true');
          }
        });
      }
      sasaran = wadah.tagName === 'FIELDSET' ? wadah.querySelector('input') : wadah.querySelector('input, textarea');
    }
    this.galat.push({ pesan, sasaran });
  }

  get ada() {
    return this.galat.length > 0;
  }

  /** Shows the summary and moves the focus to it, so a screen reader reads it out. */
  tampilkan(judul) {
    if (!this.ringkasan) {
      const pertama = this.galat.find((g) => g.sasaran);
      if (pertama) {
        pertama.sasaran.focus();
      }
      return;
    }
    if (judul) {
      this.ringkasan.querySelector('h2').textContent = judul;
    }
    const daftar = this.ringkasan.querySelector('ul');
    daftar.replaceChildren(...this.galat.map(({ pesan, sasaran }) => {
      const li = document.createElement('li');
      if (sasaran) {
        const a = document.createElement('a');
        a.href = `#${sasaran.id}`;
        a.textContent = pesan;
        a.addEventListener('click', (event) => {
          event.preventDefault();
          sasaran.focus();
          sasaran.scrollIntoView({ block: 'center' });
        });
        li.append(a);
      } else {
        li.textContent = pesan;
      }
      return li;
    }));
    this.ringkasan.hidden = false;
    this.ringkasan.focus();
  }
}

/** "20 November 2026 pukul 14.05 WIB". */
export function waktuWib(iso) {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) {
    return '';
  }
  const tanggal = new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric',
  }).format(when);
  const jam = new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(when);
  return `${tanggal} pukul ${jam.replace(':', '.')} WIB`;
}
