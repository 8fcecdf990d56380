package id.standarpelayanan.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.standarpelayanan.mutubaku.MutuBaku;

/**
 * The house rules of the design notes for models in {@code bpmn/}: layout, history time to live,
 * candidate group and form on every user task, delegate expressions, named gateway branches, and
 * a mutu baku timer on every step that has one in the spec.
 */
final class ModelLint {

  /** Spec: process key -> task key -> mutu baku. */
  static final Map<String, Map<String, String>> SPEC_MUTU_BAKU = Map.of(
      "penerimaanTelepon", Map.of("terimaPanggilan", "PT1M", "berikanJawaban", "PT10M"),
      "layananInformasiTelepon", Map.of("ucapkanSalam", "PT1M", "catatIdentitas", "PT3M",
          "telaahPermintaan", "PT5M", "informasikanPenerusan", "PT2M", "koordinasiUnit", "PT10M",
          "teleponKembali", "PT5M", "salamPenutup", "PT2M"),
      // the 5 minutes of layaniPenelepon hold for the whole conversation, drawn as a subprocess
      "callCenter", Map.of("angkatTelepon", "PT15S", "percakapan", "PT5M"),
      "kesiapanCallCenter", Map.of("periksaPerangkat", "PT30M"),
      "pengaduanLapor", Map.ofEntries(Map.entry("terimaLaporan", "PT60M"),
          Map.entry("verifikasiNasional", "3 hari kerja"), Map.entry("terimaDisposisiInstansi", "PT60M"),
          Map.entry("verifikasiInstansi", "3 hari kerja"), Map.entry("disposisiEselon1", "3 hari kerja"),
          Map.entry("responAwalEselon1", "PT60M"), Map.entry("verifikasiEselon1", "PT60M"),
          Map.entry("tindakLanjutEselon1", "3 hari kerja"), Map.entry("terimaDisposisiUpt", "PT60M"),
          Map.entry("tindakLanjutUpt", "PT60M")),
      "pemantauanEvaluasi", Map.of("siapkanBahan", "PT60M", "analisisKonsep", "PT30M",
          "periksaKonsep", "PT30M", "terimaLaporan", "PT5M", "layananMonev", "PT2H5M"),
      "jadwalPemantauanEvaluasi", Map.of());

  private static final Pattern KEBAB = Pattern.compile("-([a-z0-9])");
  private static final Pattern DMN_SHAPE =
      Pattern.compile("<dmndi:DMNShape[^>]*dmnElementRef=\"([^\"]+)\"");

  private final Path formsFolder;

  ModelLint(Path formsFolder) {
    this.formsFolder = formsFolder;
  }

  List<String> check(Path model) throws IOException {
    String name = model.getFileName().toString();
    try (InputStream in = Files.newInputStream(model)) {
      if (name.endsWith(".bpmn")) {
        return checkBpmn(name, Bpmn.readModelFromStream(in));
      }
      if (name.endsWith(".dmn")) {
        return checkDmn(name, Files.readString(model));
      }
    }
    return List.of(name + ": only .bpmn and .dmn files belong in bpmn/");
  }

  List<String> checkBpmn(String fileName, String xml) {
    return checkBpmn(fileName, Bpmn.readModelFromStream(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
  }

  List<String> checkBpmn(String fileName, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    if (processes.size() != 1) {
      problems.add(fileName + ": one process per file");
      return problems;
    }
    Process process = processes.iterator().next();
    String key = process.getId();
    String expectedKey = camelCase(fileName.substring(0, fileName.length() - ".bpmn".length()));
    if (!key.equals(expectedKey)) {
      problems.add(fileName + ": process key " + key + " should be " + expectedKey);
    }
    if (process.getCamundaHistoryTimeToLiveString() == null) {
      problems.add(key + ": no historyTimeToLive");
    }
    if (!SPEC_MUTU_BAKU.containsKey(key)) {
      problems.add(key + ": not a process of the spec");
    }

    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() != null && shape.getBounds() != null)
        .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getBpmnElement() != null && edge.getWaypoints().size() >= 2)
        .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shapes.contains(node.getId())) {
        problems.add(key + ": " + node.getId() + " has no diagram shape");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        problems.add(key + ": sequence flow " + flow.getId() + " has no diagram edge");
      }
    }

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
        problems.add(key + ": user task " + task.getId() + " has no candidate group");
      }
      if (task.getCamundaAssignee() != null && !task.getCamundaAssignee().startsWith("${")) {
        problems.add(key + ": user task " + task.getId() + " has a fixed assignee");
      }
      checkForm(key, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), true, problems);
      if (task.getName() == null || task.getName().isBlank()) {
        problems.add(key + ": user task " + task.getId() + " has no name");
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      checkForm(key, start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), false, problems);
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (task.getCamundaDelegateExpression() == null || task.getCamundaClass() != null
          || task.getCamundaExpression() != null) {
        problems.add(key + ": service task " + task.getId() + " must use a delegate expression only");
      }
    }
    for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
      if (gateway instanceof EventBasedGateway) {
        continue; // its branches are named by their events
      }
      List<SequenceFlow> branches = model.getModelElementsByType(SequenceFlow.class).stream()
          .filter(flow -> flow.getSource() == gateway).toList();
      if (branches.size() > 1) {
        branches.stream().filter(flow -> flow.getName() == null || flow.getName().isBlank())
            .forEach(flow -> problems.add(key + ": branch " + flow.getId() + " of " + gateway.getId()
                + " has no name"));
      }
    }

    Map<String, String> mutuBaku = new HashMap<>();
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      if (!isMutuBaku(event)) {
        continue;
      }
      TimerEventDefinition timer = event.getEventDefinitions().stream()
          .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
          .findFirst().orElse(null);
      if (timer == null || timer.getTimeDuration() == null) {
        problems.add(key + ": mutu baku " + event.getId() + " must be a timer with a duration");
        continue;
      }
      mutuBaku.put(event.getAttachedTo().getId(), timer.getTimeDuration().getTextContent().strip());
      if (hasProperty(event, MutuBaku.LATE_REASON_REQUIRED) && event.getAttachedTo() instanceof UserTask task
          && !formHasField(task.getCamundaFormRef(), MutuBaku.LATE_REASON)) {
        problems.add(key + ": form of " + task.getId() + " needs the field " + MutuBaku.LATE_REASON);
      }
    }
    SPEC_MUTU_BAKU.getOrDefault(key, Map.of()).forEach((step, duration) -> {
      if (!duration.equals(mutuBaku.get(step))) {
        problems.add(key + ": step " + step + " needs a mutu baku timer of " + duration
            + " (found " + mutuBaku.get(step) + ")");
      }
    });
    return problems;
  }

  private void checkForm(String key, String elementId, String formRef, String binding,
      boolean required, List<String> problems) {
    if (formRef == null) {
      if (required) {
        problems.add(key + ": " + elementId + " has no Camunda Form (formRef)");
      }
      return;
    }
    if (!"deployment".equals(binding)) {
      problems.add(key + ": " + elementId + " must bind its form to the deployment");
    }
    Path form = formsFolder.resolve(formRef + ".form");
    if (!Files.exists(form)) {
      problems.add(key + ": " + elementId + " refers to missing form " + form);
      return;
    }
    try {
      JsonNode json = new ObjectMapper().readTree(form.toFile());
      if (!formRef.equals(json.path("id").asText())) {
        problems.add(key + ": form " + form + " must have id " + formRef);
      }
    } catch (IOException e) {
      problems.add(key + ": form " + form + " is not valid JSON: " + e.getMessage());
    }
  }

  private static boolean isMutuBaku(BoundaryEvent event) {
    return hasProperty(event, MutuBaku.PROPERTY);
  }

  private static boolean hasProperty(BoundaryEvent event, String name) {
    return event.getExtensionElements() != null
        && event.getExtensionElements().getElementsQuery().list().stream()
            .flatMap(element -> element.getChildElementsByType(CamundaProperty.class).stream())
            .anyMatch(property -> name.equals(property.getCamundaName())
                && Boolean.parseBoolean(property.getCamundaValue()));
  }

  private boolean formHasField(String formRef, String field) {
    if (formRef == null || !Files.exists(formsFolder.resolve(formRef + ".form"))) {
      return false;
    }
    try {
      JsonNode form = new ObjectMapper().readTree(formsFolder.resolve(formRef + ".form").toFile());
      for (JsonNode component : form.path("components")) {
        if (field.equals(component.path("key").asText())) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  List<String> checkDmn(String fileName, String xml) {
    List<String> problems = new ArrayList<>();
    DmnModelInstance model = Dmn.readModelFromStream(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    // the DMN model API has no DMNDI types: read the diagram shapes from the XML itself
    Set<String> drawn = new java.util.HashSet<>();
    Matcher shape = DMN_SHAPE.matcher(xml);
    while (shape.find()) {
      drawn.add(shape.group(1));
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(fileName + ": decision " + decision.getId() + " has no historyTimeToLive");
      }
      if (!drawn.contains(decision.getId())) {
        problems.add(fileName + ": decision " + decision.getId() + " has no diagram shape");
      }
    }
    return problems;
  }

  static String camelCase(String kebab) {
    Matcher matcher = KEBAB.matcher(kebab);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(result, matcher.group(1).toUpperCase());
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
