package nl.participationsuite.domain.input;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the {@link InputSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InputSettings.class)
class InputConfiguration {
}
