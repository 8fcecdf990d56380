package id.standarpelayanan.security;

import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter creates {@code camunda.bpm.admin-user.id} with the id as its password when no
 * password is given. That must never happen here, so its bean is removed and
 * {@link AdminUserBootstrap} creates the administrator instead.
 */
@Configuration(proxyBeanMethods = false)
class StarterAdminUserDisabled {

  static final String STARTER_BEAN = "createAdminUserConfiguration";

  @Bean
  static BeanDefinitionRegistryPostProcessor removeStarterAdminUserCreation() {
    return registry -> {
      if (registry.containsBeanDefinition(STARTER_BEAN)) {
        registry.removeBeanDefinition(STARTER_BEAN);
      }
    };
  }
}
