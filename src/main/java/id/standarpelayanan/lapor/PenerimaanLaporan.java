package id.standarpelayanan.lapor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.standarpelayanan.api.InvalidInputException;
import id.standarpelayanan.api.TextInput;
import id.standarpelayanan.mutubaku.MutuBaku;
import id.standarpelayanan.nomor.NomorUrut;
import id.standarpelayanan.security.VariableWriteGuard;
import id.standarpelayanan.telepon.NomorTelepon;

/**
 * Intake of reports from every channel (the public endpoint, the call center): validates, gives
 * the tracking number and the reporter's access code, keeps the identity apart from the engine (none
 * at all when anonymous) and starts {@code pengaduanLapor}, all in one transaction.
 */
@Service
public class PenerimaanLaporan {

  public static final Set<String> KATEGORI = Set.of("PENGADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** {@code kodeAkses}: the reporter's secret, in clear only here, once. */
  public record Diterima(String nomor, String processInstanceId, String kodeAkses) {
  }

  private final RuntimeService runtime;
  private final NomorUrut nomorUrut;
  private final PelaporRepository pelapor;
  private final KodeAksesLaporan kodeAkses;
  private final SurelPelapor surel;

  public PenerimaanLaporan(RuntimeService runtime, NomorUrut nomorUrut, PelaporRepository pelapor,
      KodeAksesLaporan kodeAkses, SurelPelapor surel) {
    this.runtime = runtime;
    this.nomorUrut = nomorUrut;
    this.pelapor = pelapor;
    this.kodeAkses = kodeAkses;
    this.surel = surel;
  }

  @Transactional
  public Diterima terima(LaporanBaru laporan, String kanal, Map<String, Object> tambahan) {
    String judul = TextInput.required("judul", "Judul", laporan.judul(), 200);
    String isi = TextInput.required("isi", "Isi laporan", laporan.isi(), 4000);
    if (laporan.kategori() == null || !KATEGORI.contains(laporan.kategori())) {
      throw new InvalidInputException("kategori", "Kategori harus PENGADUAN, ASPIRASI atau PERMINTAAN_INFORMASI.");
    }
    boolean anonim = Boolean.TRUE.equals(laporan.anonim());
    boolean rahasia = Boolean.TRUE.equals(laporan.rahasia());
    Pelapor identity = anonim ? nothingAbout(laporan) : identityOf(laporan, rahasia);

    String nomor = nomorUrut.next(PengaduanLapor.NOMOR_PREFIX);
    if (identity != null) {
      pelapor.save(nomor, identity);
    }
    Map<String, Object> variables = new HashMap<>(tambahan);
    variables.put(PengaduanLapor.JUDUL, judul);
    variables.put(PengaduanLapor.ISI, isi);
    variables.put(PengaduanLapor.KATEGORI, laporan.kategori());
    variables.put(PengaduanLapor.ANONIM, anonim);
    variables.put(PengaduanLapor.RAHASIA, rahasia);
    variables.put(PengaduanLapor.KANAL, kanal);
    variables.put(PengaduanLapor.LANGSUNG_KE_INSTANSI, Boolean.TRUE.equals(laporan.langsungKeInstansi()));
    String kode = kodeAkses.terbitkan(nomor);
    // the only start of pengaduanLapor (LaporanDariIntake) and the only direct write of what the public sees
    ProcessInstance started = VariableWriteGuard.asApplication(nomor,
        () -> runtime.startProcessInstanceByKey(PengaduanLapor.PROCESS_KEY, nomor, variables));
    // the mail with number and code (when an address was given) is queued in this transaction
    surel.laporanDiterima(nomor, identity, judul, kode, MutuBaku.now());
    return new Diterima(nomor, started.getId(), kode);
  }

  /** An anonymous report must not carry an identity: refusing it is the only way to store none. */
  private static Pelapor nothingAbout(LaporanBaru laporan) {
    for (Map.Entry<String, String> field : Map.of("nama", nullToEmpty(laporan.nama()),
        "telepon", nullToEmpty(laporan.telepon()), "email", nullToEmpty(laporan.email())).entrySet()) {
      if (!field.getValue().isBlank()) {
        throw new InvalidInputException(field.getKey(),
            "Laporan anonim tidak boleh memuat identitas pelapor (" + field.getKey() + ").");
      }
    }
    return null;
  }

  private static Pelapor identityOf(LaporanBaru laporan, boolean rahasia) {
    String nama = TextInput.required("nama", "Nama pelapor", laporan.nama(), 200);
    String telepon = blankToNull(laporan.telepon());
    String email = blankToNull(laporan.email());
    if (telepon == null && email == null) {
      throw new InvalidInputException("telepon", "Isi nomor telepon atau e-mail agar laporan dapat ditindaklanjuti.");
    }
    if (telepon != null) {
      telepon = NomorTelepon.require("telepon", "Nomor telepon", telepon);
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      throw new InvalidInputException("email", "Alamat e-mail tidak sah.");
    }
    return new Pelapor(nama, telepon, email, rahasia);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
