package id.standarpelayanan.mutubaku;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A breach of mutu baku: a step's timer fired before the step was done. */
public record Pelanggaran(
    String processInstanceId,
    String processDefinitionKey,
    String businessKey,
    String taskKey,
    String timerId,
    @JsonIgnore String jobId,
    OffsetDateTime dueTime,
    OffsetDateTime firedTime) {

  /** Seconds between the deadline and the moment the breach was recorded. */
  @JsonProperty("lateSeconds")
  public long lateSeconds() {
    return java.time.Duration.between(dueTime, firedTime).getSeconds();
  }
}
