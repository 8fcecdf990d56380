package id.standarpelayanan;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A logged-in session of a Camunda webapp, as a browser gets it: open the app for the session and
 * CSRF cookies, log in with the token, and send both cookies and the token afterwards.
 */
public final class WebappSession {

  private final HttpHeaders headers;
  private final ResponseEntity<String> loginResponse;

  private WebappSession(HttpHeaders headers, ResponseEntity<String> loginResponse) {
    this.headers = headers;
    this.loginResponse = loginResponse;
  }

  /** Logs {@code user} in to {@code app} (tasklist, cockpit, admin). */
  public static WebappSession login(TestRestTemplate rest, String app, String user, String password) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    Map<String, String> cookies = new LinkedHashMap<>();
    collect(page, cookies);
    HttpHeaders form = withCookies(cookies);
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> login = new LinkedMultiValueMap<>();
    login.add("username", user);
    login.add("password", password);
    ResponseEntity<String> loggedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new HttpEntity<>(login, form), String.class);
    collect(loggedIn, cookies);
    if (loggedIn.getStatusCode() == HttpStatus.OK) {
      // the login starts a new session; its CSRF token comes with the first request in it
      ResponseEntity<String> fetch = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
          new HttpEntity<>(withCookies(cookies)), String.class);
      collect(fetch, cookies);
      Stream.ofNullable(fetch.getHeaders().getFirst("X-XSRF-TOKEN")).forEach(token -> cookies.put("XSRF-TOKEN", token));
    }
    return new WebappSession(loggedIn.getStatusCode() == HttpStatus.OK ? withCookies(cookies) : null, loggedIn);
  }

  /** The answer to the login itself: 200, or 401/403 when the user may not use the app. */
  public ResponseEntity<String> loginResponse() {
    return loginResponse;
  }

  public boolean loggedIn() {
    return headers != null;
  }

  /** Headers for a JSON request in this session. */
  public HttpHeaders json() {
    HttpHeaders json = new HttpHeaders();
    json.putAll(headers);
    json.setContentType(MediaType.APPLICATION_JSON);
    return json;
  }

  private static void collect(ResponseEntity<?> response, Map<String, String> cookies) {
    response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .flatMap(cookie -> HttpCookie.parse(cookie).stream())
        .forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
  }

  private static HttpHeaders withCookies(Map<String, String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    cookies.forEach((name, value) -> headers.add(HttpHeaders.COOKIE, name + "=" + value));
    Stream.ofNullable(cookies.get("XSRF-TOKEN")).forEach(token -> headers.add("X-XSRF-TOKEN", token));
    return headers;
  }
}
