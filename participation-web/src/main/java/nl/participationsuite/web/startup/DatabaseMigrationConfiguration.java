package nl.participationsuite.web.startup;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import liquibase.integration.spring.SpringLiquibase;

/**
 * The changelog runs at start-up ({@code PARTICIPATION_MIGRATE_ON_START}, on by default), one node
 * at a time ({@link SerialisedLiquibase}), or only in the {@code migrate} command
 * ({@link DatabaseMigration}) when an operator migrates before a rolling upgrade. Takes the place of
 * Spring Boot's own Liquibase bean, with its {@code spring.liquibase.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiquibaseProperties.class)
class DatabaseMigrationConfiguration {

    @Bean
    SpringLiquibase liquibase(DataSource dataSource, LiquibaseProperties properties,
            @Value("${participation.database.migrate-on-start:true}") boolean migrateOnStart,
            @Value("${" + DatabaseMigration.MIGRATE_ONLY + ":false}") boolean migrateOnly) {
        SerialisedLiquibase liquibase = new SerialisedLiquibase(properties.isEnabled() && (migrateOnStart || migrateOnly),
                properties.getDatabaseChangeLogLockTable());
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(properties.getChangeLog());
        if (properties.getContexts() != null) {
            liquibase.setContexts(String.join(",", properties.getContexts()));
        }
        if (properties.getLabelFilter() != null) {
            liquibase.setLabelFilter(String.join(",", properties.getLabelFilter()));
        }
        liquibase.setDefaultSchema(properties.getDefaultSchema());
        liquibase.setLiquibaseSchema(properties.getLiquibaseSchema());
        liquibase.setDatabaseChangeLogTable(properties.getDatabaseChangeLogTable());
        liquibase.setDatabaseChangeLogLockTable(properties.getDatabaseChangeLogLockTable());
        liquibase.setChangeLogParameters(properties.getParameters());
        liquibase.setAnalyticsEnabled(properties.getAnalyticsEnabled());
        return liquibase;
    }
}
