package id.standarpelayanan.security;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;

/** The groups of the spec's group table (contract ids), with the names staff see. */
public enum StaffGroup {
  OPERATOR("operator", "Operator Telepon", true),
  PPT("ppt", "Pusat Pelayanan Terpadu (PPT)", true),
  BIDANG_PENGANGKATAN_PENSIUN("bidangPengangkatanPensiun", "Bidang Pengangkatan dan Pensiun", true),
  BIDANG_MUTASI_STATUS("bidangMutasiStatus", "Bidang Mutasi dan Status Kepegawaian", true),
  BAGIAN_TATA_USAHA("bagianTataUsaha", "Bagian Tata Usaha", true),
  BIDANG_INFORMASI_KEPEGAWAIAN("bidangInformasiKepegawaian", "Bidang Informasi Kepegawaian", true),
  BIDANG_PENGEMBANGAN_SUPERVISI("bidangPengembanganSupervisi",
      "Bidang Pengembangan dan Supervisi Kepegawaian", true),
  KEPALA_KANTOR("kepalaKantor", "Kepala Kantor", true),
  PETUGAS_CALL_CENTER("petugasCallCenter", "Petugas Call Center", true),
  FRONT_OFFICE("frontOffice", "Front Office (Petugas Telepon)", true),
  BACK_OFFICE("backOffice", "Back Office", true),
  UNIT_TERKAIT("unitTerkait", "Unit Terkait", true),
  ADMIN_NASIONAL("adminNasional", "Admin Nasional SP4N-LAPOR!", true),
  ADMIN_INSTANSI("adminInstansi", "Admin Instansi SP4N-LAPOR!", true),
  ADMIN_ESELON1("adminEselon1", "Admin Eselon 1 SP4N-LAPOR!", true),
  ADMIN_UPT("adminUpt", "Admin UPT SP4N-LAPOR!", true),
  ANALIS_SDM("analisSdm", "Analis SDM (Penyusun Monev)", true),
  KEPALA_BIDANG("kepalaBidang", "Kepala Bidang", true),
  MANAJER("manajer", "Manajer", false),
  AUDITOR("auditor", "Auditor", false),
  ADMINISTRATOR(Groups.CAMUNDA_ADMIN, "Administrator", false);

  private final String id;
  private final String displayName;
  private final boolean worksTasks;

  StaffGroup(String id, String displayName, boolean worksTasks) {
    this.id = id;
    this.displayName = displayName;
    this.worksTasks = worksTasks;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Managers read, auditors export, administrators administer: none of them works tasks. */
  public boolean worksTasks() {
    return worksTasks;
  }

  public String type() {
    return this == ADMINISTRATOR ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW;
  }

  public static List<StaffGroup> taskGroups() {
    return Arrays.stream(values()).filter(StaffGroup::worksTasks).toList();
  }
}
