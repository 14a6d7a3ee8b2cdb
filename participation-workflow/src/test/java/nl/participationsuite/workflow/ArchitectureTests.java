package nl.participationsuite.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The workflow module depends on the domain only; it never knows reporting or the web. */
@AnalyzeClasses(packages = "nl.participationsuite.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule workflowDoesNotKnowReportingOrTheWeb = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.participationsuite.reporting..", "nl.participationsuite.web..")
            .because("dependencies point one way: web -> workflow, reporting -> domain");

    @ArchTest
    static final ArchRule workflowDoesNotServeHttp = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
            .because("the web module is the only interface; the workflow offers a facade");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("nl.participationsuite.workflow.(*)..")
            .should().beFreeOfCycles();
}
