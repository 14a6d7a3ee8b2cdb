package nl.participationsuite.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The domain is the bottom of the module graph: it knows no engine, no workflow, no reporting, no web. */
@AnalyzeClasses(packages = "nl.participationsuite.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainDoesNotImportTheProcessEngine = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the engine holds flow, the domain holds content (DESIGN.md §3)");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheOtherModules = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.participationsuite.workflow..", "nl.participationsuite.reporting..", "nl.participationsuite.web..")
            .because("dependencies point one way: web -> workflow, reporting -> domain");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("nl.participationsuite.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule repositoryQueriesAreWrittenOut = methods()
            .that().areDeclaredInClassesThat().areAssignableTo(JpaRepository.class)
            .and().haveModifier(JavaModifier.ABSTRACT)
            .should().beAnnotatedWith(Query.class)
            .because("Hibernate translates a query derived from a method name again on every call; "
                    + "a JPQL query is translated once (README, Architecture)");
}
