package nl.participationsuite.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import org.springframework.web.bind.annotation.RestController;

/** The web module is on top: it may use every other module, but only its engine configuration touches the engine. */
@AnalyzeClasses(packages = "nl.participationsuite.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule onlyTheEngineConfigurationImportsTheEngine = noClasses()
            .that().resideOutsideOfPackage("nl.participationsuite.web.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("pages and API talk to the workflow facade, not to the engine (STYLE.md §1)");

    /**
     * Each feature package is a slice, its sub-packages included; under {@code web.api} each resource
     * is a slice of its own, apart from the plumbing every answer shares ({@code web.api} itself).
     */
    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .assignedFrom(new FeatureSlices())
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule thePortalDoesNotDependOnTheWorkspace = noClasses()
            .that().resideInAPackage("nl.participationsuite.web.portal..")
            .should().dependOnClassesThat().resideInAPackage("nl.participationsuite.web.workspace..")
            .because("residents and professionals have their own channel; what both use lives in web.taskforms "
                    + "and web.forms (issue 12)");

    @ArchTest
    static final ArchRule theWorkspaceDoesNotDependOnThePortal = noClasses()
            .that().resideInAPackage("nl.participationsuite.web.workspace..")
            .should().dependOnClassesThat().resideInAPackage("nl.participationsuite.web.portal..")
            .because("residents and professionals have their own channel; what both use lives in web.taskforms "
                    + "and web.forms (issue 12)");

    @ArchTest
    static final ArchRule theRestApiLivesUnderApi = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("nl.participationsuite.web.api..")
            .because("the REST API is one place, web.api, beside the pages (issue 12)");

    @ArchTest
    static final ArchRule pagesDoNotDependOnTheApi = noClasses()
            .that().resideInAnyPackage("nl.participationsuite.web.workspace..", "nl.participationsuite.web.portal..",
                    "nl.participationsuite.web.reports..")
            .should().dependOnClassesThat().resideInAPackage("nl.participationsuite.web.api..")
            .because("pages and the API are separate channels over the same facades (issue 12)");

    @ArchTest
    static final ArchRule noOldKeycloakAdapters = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.keycloak.adapters..")
            .because("Spring Security's OAuth2 client and resource server talk to Keycloak");

    private static final class FeatureSlices implements SliceAssignment {

        private static final String WEB = "nl.participationsuite.web.";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(WEB)) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring(WEB.length()).split("\\.");
            return parts[0].equals("api") && parts.length > 1 ? SliceIdentifier.of("api." + parts[1])
                    : SliceIdentifier.of(parts[0]);
        }

        @Override
        public String getDescription() {
            return "feature packages of the web module, each API resource apart";
        }
    }
}
