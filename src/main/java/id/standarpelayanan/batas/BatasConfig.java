package id.standarpelayanan.batas;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Throttling and body limits of the public calls ({@code standar-pelayanan.batas.*}). Both filters
 * run before everything else that could read a body or cost work: first the budget (a client over
 * it is refused before anything of its request is read), then the body limit, then authentication
 * and the controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BatasProperties.class, MasukProperties.class})
public class BatasConfig {

  private static final Logger LOG = LoggerFactory.getLogger(BatasConfig.class);

  @Bean
  AnggaranKlien anggaranKlien(BatasProperties properties, DataSource dataSource,
      ObjectProvider<ServerProperties> servers) throws SQLException {
    // no server properties without a web server (the command-line reset, security.AturUlangAdmin)
    ServerProperties server = servers.getIfAvailable();
    if (server != null && server.getForwardHeadersStrategy() == ServerProperties.ForwardHeadersStrategy.FRAMEWORK) {
      LOG.warn("server.forward-headers-strategy=framework trusts X-Forwarded-For from every client: each client "
          + "can choose the address it is throttled by. Use 'native' with server.tomcat.remoteip.internal-proxies");
    }
    return new AnggaranKlien(properties, store(dataSource));
  }

  @Bean
  GagalMasuk gagalMasuk(BatasProperties properties, MasukProperties masuk, DataSource dataSource)
      throws SQLException {
    return new GagalMasuk(properties, masuk, store(dataSource));
  }

  /** The webapps' login, before Camunda's own filters read anything of it. */
  @Bean
  FilterRegistrationBean<BatasMasukFilter> batasMasukFilter(GagalMasuk gagalMasuk) {
    FilterRegistrationBean<BatasMasukFilter> registration = new FilterRegistrationBean<>(new BatasMasukFilter(gagalMasuk));
    registration.setName("batasMasuk");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  private static PenyimpananAnggaran store(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
          ? new AnggaranPostgreSql(dataSource, AnggaranKlien.ENGINE_CLOCK)
          : new AnggaranLokal(AnggaranKlien.ENGINE_CLOCK);
    }
  }

  /**
   * Every five minutes, buckets that have filled up again are removed (on every node; rows are
   * skipped when locked). The same thread sends the held refusals ({@link BatasPermintaanFilter}).
   */
  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService batasCleaner(AnggaranKlien anggaran) {
    ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "batas");
      thread.setDaemon(true);
      return thread;
    });
    cleaner.scheduleWithFixedDelay(() -> {
      try {
        anggaran.bersihkan();
      } catch (RuntimeException e) {
        LOG.warn("Expired throttling buckets not removed this time: {}", e.toString());
      }
    }, 5, 5, TimeUnit.MINUTES);
    return cleaner;
  }

  @Bean
  FilterRegistrationBean<BatasIsiFilter> batasIsiFilter(BatasProperties properties) {
    FilterRegistrationBean<BatasIsiFilter> registration =
        new FilterRegistrationBean<>(new BatasIsiFilter(properties.isiMaksimum()));
    registration.setName("batasIsi");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<BatasPermintaanFilter> batasPermintaanFilter(AnggaranKlien anggaran,
      BatasProperties properties, ScheduledExecutorService batasCleaner) {
    FilterRegistrationBean<BatasPermintaanFilter> registration =
        new FilterRegistrationBean<>(new BatasPermintaanFilter(anggaran, properties.tunda(), batasCleaner));
    registration.setName("batasPermintaan");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
