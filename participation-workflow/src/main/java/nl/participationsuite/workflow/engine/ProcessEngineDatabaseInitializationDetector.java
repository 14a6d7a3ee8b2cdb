package nl.participationsuite.workflow.engine;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Liquibase. The engine's own schema update is off and it checks
 * the schema version when it starts, so it must not start before the changelog has run. Spring Boot
 * knows this for JPA and JDBC templates; this detector tells it the same of the engine.
 */
class ProcessEngineDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector
        implements DependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class);
    }
}
