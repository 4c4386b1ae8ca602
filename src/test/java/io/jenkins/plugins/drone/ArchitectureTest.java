package io.jenkins.plugins.drone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of ARCHITECTURE.md: spec &lt;- plan &lt;- engine &lt;- cli, and only {@code jenkins} may
 * know Hudson/Jenkins/Stapler. A violation fails the build with the offending dependency.
 */
class ArchitectureTest {

    private static final String ROOT = "io.jenkins.plugins.drone";
    private static final String[] HUDSON = {"hudson..", "jenkins..", "org.kohsuke.stapler.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void onlyTheJenkinsPackageKnowsHudsonJenkinsOrStapler() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".jenkins..")
                .should().dependOnClassesThat().resideInAnyPackage(HUDSON)
                .check(classes);
    }

    @Test
    void specDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage(ROOT + ".spec..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".plan..", ROOT + ".engine..", ROOT + ".cli..", ROOT + ".jenkins..")
                .check(classes);
    }

    @Test
    void planDependsOnlyOnSpec() {
        noClasses().that().resideInAPackage(ROOT + ".plan..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".engine..", ROOT + ".cli..", ROOT + ".jenkins..", "com.github.dockerjava..")
                .check(classes);
    }

    @Test
    void engineDoesNotKnowItsCallers() {
        noClasses().that().resideInAPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".cli..", ROOT + ".jenkins..")
                .check(classes);
    }

    @Test
    void onlyTheEngineTalksToDocker() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
                .check(classes);
    }

    @Test
    void cliIsNotUsedByTheLayersBelowIt() {
        noClasses().that().resideInAnyPackage(ROOT + ".spec..", ROOT + ".plan..", ROOT + ".engine..", ROOT + ".jenkins..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void onlyTheParserEntryPointConvertsLegacyFiles() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".spec.ManifestParser")
                .should().callMethod(io.jenkins.plugins.drone.spec.legacy.LegacyConverter.class, "toManifest",
                        String.class, String.class, io.jenkins.plugins.drone.spec.ParseOptions.class)
                .check(classes);
    }
}
