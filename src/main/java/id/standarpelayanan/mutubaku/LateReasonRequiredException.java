package id.standarpelayanan.mutubaku;

import id.standarpelayanan.api.InvalidInputException;

/** A late step completed without a reason (Peringatan 2). */
public class LateReasonRequiredException extends InvalidInputException {

  public LateReasonRequiredException(String message) {
    super(MutuBaku.LATE_REASON, message);
  }
}
