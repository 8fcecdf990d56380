package id.standarpelayanan;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

  /** All five offices work in WIB; the engine computes due dates in the JVM's zone. */
  public static final String TIME_ZONE = "Asia/Jakarta";

  public static void main(String[] args) {
    useOfficeTimeZone();
    SpringApplication.run(Application.class, args);
  }

  /** Never the machine default: a server in UTC would otherwise shift every deadline by 7 hours. */
  public static void useOfficeTimeZone() {
    TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
  }
}
