package nl.participationsuite.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain module on its own: JPA, Liquibase and the domain's services, without engine or web. */
@SpringBootApplication
class DomainTestApplication {
}
