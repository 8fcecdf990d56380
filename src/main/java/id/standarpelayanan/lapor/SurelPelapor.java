package id.standarpelayanan.lapor;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.surel.SurelKeluar;
import id.standarpelayanan.survei.SurveiKepuasan;

/**
 * The reporter's mails, when the reporter gave an e-mail address (never for an anonymous report):
 * filed (number, access code, tracking link), answered (the office's answer and how to respond)
 * and closed (the survey link). Each is queued in the outbox ({@link SurelKeluar}) in the
 * transaction of the change it reports, so it exists exactly when that change does.
 */
@Component
public class SurelPelapor {

  static final String DITERIMA = "LAPORAN_DITERIMA";
  static final String DIJAWAB = "LAPORAN_DIJAWAB";
  static final String DITUTUP = "LAPORAN_DITUTUP";

  private static final DateTimeFormatter WAKTU = DateTimeFormatter
      .ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm 'WIB'", Locale.forLanguageTag("id-ID"));

  private final SurelKeluar outbox;
  private final PelaporRepository pelapor;
  private final SurveiKepuasan survei;
  private final String alamatPublik;
  private final String namaInstansi;

  public SurelPelapor(SurelKeluar outbox, PelaporRepository pelapor, SurveiKepuasan survei,
      @Value("${standar-pelayanan.alamat-publik}") String alamatPublik,
      @Value("${standar-pelayanan.nama-instansi}") String namaInstansi) {
    this.outbox = outbox;
    this.pelapor = pelapor;
    this.survei = survei;
    this.alamatPublik = alamatPublik.strip().replaceAll("/+$", "");
    this.namaInstansi = namaInstansi;
  }

  /** In the intake's transaction: the number and the access code, which the reporter must keep. */
  void laporanDiterima(String nomor, Pelapor identitas, String judul, String kodeAkses, OffsetDateTime diterima) {
    if (identitas == null || identitas.email() == null) {
      return;
    }
    outbox.antrekan(new SurelKeluar.Surel(DITERIMA, nomor, identitas.email(),
        "Laporan " + nomor + " telah diterima", """
        Yth. %s,

        Laporan Anda telah kami terima pada %s.

        Judul         : %s
        Nomor laporan : %s
        Kode akses    : %s

        Simpan nomor laporan dan kode akses ini. Kode akses adalah kunci laporan Anda: hanya dengan
        nomor dan kode akses Anda dapat melacak laporan, membaca jawaban kami, dan menanggapinya.
        Jangan berikan kode akses kepada siapa pun; petugas kami tidak akan pernah memintanya.

        Lacak laporan Anda:
        %s/lapor/lacak#nomor=%s&kode=%s

        %s""".formatted(identitas.nama(), WAKTU.format(diterima), judul, nomor, kodeAkses,
        alamatPublik, nomor, kodeAkses, penutup())));
  }

  /**
   * In the engine's transaction, when the status the reporter sees changes: the answer
   * ({@code SELESAI}) and the closing ({@code DITUTUP}). A step that rolls back drops the mail.
   */
  void statusBerubah(DelegateExecution execution, StatusLaporan.Status status) {
    if (status != StatusLaporan.Status.SELESAI && status != StatusLaporan.Status.DITUTUP) {
      return;
    }
    String nomor = execution.getProcessBusinessKey();
    Optional<Pelapor> identitas = pelapor.find(nomor).filter(found -> found.email() != null);
    if (identitas.isEmpty()) {
      return;
    }
    String judul = String.valueOf(execution.getVariable(PengaduanLapor.JUDUL));
    if (status == StatusLaporan.Status.SELESAI) {
      outbox.antrekan(new SurelKeluar.Surel(DIJAWAB, nomor, identitas.get().email(),
          "Laporan " + nomor + " telah dijawab", """
          Yth. %s,

          Laporan Anda %s ("%s") telah dijawab pada %s:

          %s

          Mohon tanggapi jawaban ini: buka
          %s/lapor/lacak#nomor=%s
          masukkan kode akses yang Anda terima saat menyampaikan laporan, lalu nyatakan apakah Anda
          puas. Bila tidak puas, laporan Anda ditindaklanjuti kembali. Tanpa tanggapan, laporan
          ditutup setelah 10 hari kerja.

          %s""".formatted(identitas.get().nama(), nomor, judul, WAKTU.format(MutuBaku.now()),
          String.valueOf(execution.getVariable(PengaduanLapor.JAWABAN)), alamatPublik, nomor, penutup())));
    } else {
      boolean puas = Boolean.TRUE.equals(execution.getVariable(PengaduanLapor.PUAS));
      String alasan = puas ? "Terima kasih atas tanggapan Anda."
          : "Laporan ditutup karena tidak ada tanggapan atas jawaban kami dalam 10 hari kerja.";
      String surveiText = survei.tautan(execution.getProcessInstanceId())
          .map(page -> """


              Bantu kami memperbaiki pelayanan: isi survei kepuasan (sekali saja, sembilan pertanyaan) di
              %s%s""".formatted(alamatPublik, page))
          .orElse("");
      outbox.antrekan(new SurelKeluar.Surel(DITUTUP, nomor, identitas.get().email(),
          "Laporan " + nomor + " telah ditutup", """
          Yth. %s,

          Laporan Anda %s ("%s") telah selesai dan ditutup pada %s. %s%s

          %s""".formatted(identitas.get().nama(), nomor, judul, WAKTU.format(MutuBaku.now()), alasan,
          surveiText, penutup())));
    }
  }

  private String penutup() {
    return "Surel ini dikirim otomatis; mohon tidak membalasnya.\n" + namaInstansi;
  }
}
