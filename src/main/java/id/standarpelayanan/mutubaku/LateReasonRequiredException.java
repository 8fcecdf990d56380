package id.standarpelayanan.mutubaku;

import id.standarpelayanan.api.TaskInputException;

/** A late step completed without a reason (Peringatan 2). */
public class LateReasonRequiredException extends TaskInputException {

  public LateReasonRequiredException(String message) {
    super(MutuBaku.LATE_REASON, message);
  }
}
