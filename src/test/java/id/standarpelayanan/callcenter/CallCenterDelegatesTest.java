package id.standarpelayanan.callcenter;

import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;

/** The call-center delegates alone, without an engine. */
class CallCenterDelegatesTest {

  private static User user(String id) {
    User user = mock(User.class);
    when(user.getId()).thenReturn(id);
    return user;
  }

  @Test
  void missedCallGoesToTheOtherOfficer() {
    DelegateExecution execution = mock(DelegateExecution.class);
    ProcessEngineServices services = mock(ProcessEngineServices.class);
    IdentityService identity = mock(IdentityService.class);
    UserQuery query = mock(UserQuery.class, RETURNS_SELF);
    List<User> officers = List.of(user("cc1"), user("cc2"));
    when(execution.getVariable("petugasDering")).thenReturn("cc1");
    when(execution.getProcessEngineServices()).thenReturn(services);
    when(services.getIdentityService()).thenReturn(identity);
    when(identity.createUserQuery()).thenReturn(query);
    when(query.list()).thenReturn(officers);

    new AlihkanKePetugasLain().execute(execution);

    verify(query).memberOfGroup("petugasCallCenter");
    verify(execution).setVariable("petugasDering", "cc2");
    verify(execution).setVariable("dialihkan", true);
  }

  @Test
  void callRingingAtTheGroupKeepsRingingThere() {
    DelegateExecution execution = mock(DelegateExecution.class);

    new AlihkanKePetugasLain().execute(execution);

    verify(execution).setVariable("petugasDering", null);
    verify(execution).setVariable("dialihkan", true);
  }

  @Test
  void complaintMarksTheCallAndOtherSubjectsLeaveTheMarkAlone() {
    DelegateTask complaint = mock(DelegateTask.class);
    DelegateExecution complaintCall = mock(DelegateExecution.class);
    when(complaint.getVariable("perihal")).thenReturn("ADUAN");
    when(complaint.getExecution()).thenReturn(complaintCall);
    DelegateTask question = mock(DelegateTask.class);
    DelegateExecution questionCall = mock(DelegateExecution.class);
    when(question.getVariable("perihal")).thenReturn("INFORMASI");
    when(question.getExecution()).thenReturn(questionCall);

    new TandaiAduan().notify(complaint);
    new TandaiAduan().notify(question);

    verify(complaintCall).setVariable("aduan", true);
    verify(questionCall, never()).setVariable("aduan", false);
  }
}
