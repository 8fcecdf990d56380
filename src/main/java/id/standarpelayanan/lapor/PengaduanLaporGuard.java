package id.standarpelayanan.lapor;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.standarpelayanan.security.VariableWriteGuard;

/** The engine refuses direct writes of a report's public-facing variables. */
@Configuration(proxyBeanMethods = false)
class PengaduanLaporGuard {

  @Bean
  VariableWriteGuard pengaduanLaporVariableGuard() {
    return new VariableWriteGuard(Map.of(PengaduanLapor.PROCESS_KEY, PengaduanLapor.PUBLIC_VARIABLES));
  }
}
