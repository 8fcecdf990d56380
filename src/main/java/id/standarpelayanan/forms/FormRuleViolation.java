package id.standarpelayanan.forms;

import id.standarpelayanan.api.InvalidInputException;

/** A submission that breaks a rule of its Camunda Form. */
public class FormRuleViolation extends InvalidInputException {

  public FormRuleViolation(String field, String message) {
    super(field, message);
  }
}
