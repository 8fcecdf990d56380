package id.standarpelayanan.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Who may do what, in one table: each staff group starts, sees and works the processes of its own
 * standard (tasks of its lane come to it as candidate, which the engine turns into task
 * permissions); {@code manajer} reads everything in Cockpit and changes nothing; {@code auditor}
 * reads history; {@code camunda-admin} has everything ({@link GroupBootstrap}).
 */
public final class AuthorizationTable {

  public record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
  }

  /** The processes each staff group works in. */
  public static final Map<String, List<String>> PROCESSES_OF_GROUP = Map.ofEntries(
      Map.entry("operator", List.of("penerimaanTelepon")),
      Map.entry("ppt", List.of("penerimaanTelepon")),
      Map.entry("bidangPengangkatanPensiun", List.of("penerimaanTelepon")),
      Map.entry("bidangMutasiStatus", List.of("penerimaanTelepon")),
      Map.entry("bagianTataUsaha", List.of("penerimaanTelepon", "pemantauanEvaluasi")),
      Map.entry("bidangInformasiKepegawaian", List.of("penerimaanTelepon")),
      Map.entry("bidangPengembanganSupervisi", List.of("penerimaanTelepon")),
      Map.entry("kepalaKantor", List.of("penerimaanTelepon")),
      Map.entry("frontOffice", List.of("layananInformasiTelepon")),
      Map.entry("backOffice", List.of("layananInformasiTelepon")),
      Map.entry("unitTerkait", List.of("layananInformasiTelepon")),
      // a complaint on the call center becomes an SP4N-LAPOR! report started by the officer
      Map.entry("petugasCallCenter", List.of("callCenter", "kesiapanCallCenter", "pengaduanLapor")),
      Map.entry("adminNasional", List.of("pengaduanLapor")),
      Map.entry("adminInstansi", List.of("pengaduanLapor")),
      Map.entry("adminEselon1", List.of("pengaduanLapor")),
      Map.entry("adminUpt", List.of("pengaduanLapor")),
      Map.entry("analisSdm", List.of("pemantauanEvaluasi")),
      Map.entry("kepalaBidang", List.of("pemantauanEvaluasi")));

  private static final String PENGADUAN_LAPOR = "pengaduanLapor";

  private AuthorizationTable() {
  }

  public static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    PROCESSES_OF_GROUP.forEach((group, processes) -> {
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
      if (processes.stream().anyMatch(process -> !process.equals(PENGADUAN_LAPOR))) {
        grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, List.of(Permissions.CREATE)));
      }
      // groups, not users: Tasklist names the candidate groups; the user list (GET
      // /engine-rest/user) is for the administrators who manage it, assignees show by their id
      grants.add(new Grant(group, Resources.GROUP, ANY, List.of(Permissions.READ)));
      for (String process : processes) {
        // a report starts only from the intake, which issues its number and the reporter's code
        // (lapor.LaporanDariIntake), never from /engine-rest: nobody is granted to start one
        grants.add(new Grant(group, Resources.PROCESS_DEFINITION, process, process.equals(PENGADUAN_LAPOR)
            ? List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY)
            : List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY)));
      }
      if (processes.contains("penerimaanTelepon")) {
        grants.add(new Grant(group, Resources.DECISION_DEFINITION, "routingEkstensi", List.of(Permissions.READ)));
      }
    });
    // the analyst's material is compiled from the history of every service
    grants.add(new Grant("analisSdm", Resources.PROCESS_DEFINITION, ANY,
        List.of(ProcessDefinitionPermissions.READ_HISTORY)));
    // managers: everything readable in Cockpit, nothing changeable
    grants.add(new Grant("manajer", Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
    grants.add(new Grant("manajer", Resources.PROCESS_DEFINITION, ANY, List.of(ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK)));
    grants.add(new Grant("manajer", Resources.DECISION_DEFINITION, ANY,
        List.of(Permissions.READ, Permissions.READ_HISTORY)));
    grants.add(new Grant("manajer", Resources.DEPLOYMENT, ANY, List.of(Permissions.READ)));
    grants.add(new Grant("manajer", Resources.GROUP, ANY, List.of(Permissions.READ)));
    // auditors: history and the export, no task work
    grants.add(new Grant("auditor", Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
    grants.add(new Grant("auditor", Resources.PROCESS_DEFINITION, ANY,
        List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY)));
    grants.add(new Grant("auditor", Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ_HISTORY)));
    return grants;
  }
}
