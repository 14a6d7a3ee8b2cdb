package nl.participationsuite.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web module is on top: it may use every other module, but only its engine configuration touches the engine. */
@AnalyzeClasses(packages = "nl.participationsuite.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule onlyTheEngineConfigurationImportsTheEngine = noClasses()
            .that().resideOutsideOfPackage("nl.participationsuite.web.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("pages and API talk to the workflow facade, not to the engine (STYLE.md §1)");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("nl.participationsuite.web.(*)..")
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
    static final ArchRule noOldKeycloakAdapters = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.keycloak.adapters..")
            .because("Spring Security's OAuth2 client and resource server talk to Keycloak");
}
