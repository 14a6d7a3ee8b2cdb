package nl.participationsuite.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Reporting depends on the domain only and reads engine history with SQL, not through the engine. */
@AnalyzeClasses(packages = "nl.participationsuite.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule reportingDoesNotKnowTheWorkflowOrTheWeb = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.participationsuite.workflow..", "nl.participationsuite.web..")
            .because("dependencies point one way: web -> workflow, reporting -> domain");

    @ArchTest
    static final ArchRule reportingReadsEngineHistoryWithSql = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("reports read the engine's history tables with SQL (STYLE.md §1)");
}
