package io.jenkins.plugins.drone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jenkins.plugins.drone.jenkins.job.DronePipelineJob;
import io.jenkins.plugins.drone.jenkins.run.DronePipelineBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of docs/architecture.md: spec &lt;- plan &lt;- engine &lt;- cli, spec &lt;- freestyle &lt;- cli and
 * jenkins, and only {@code jenkins} may know Hudson/Jenkins/Stapler; {@code git} (used by cli and jenkins) knows only
 * JGit and the JDK. A violation fails the build with the offending dependency.
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
                        ROOT + ".plan..", ROOT + ".engine..", ROOT + ".cli..", ROOT + ".jenkins..",
                        ROOT + ".freestyle..")
                .check(classes);
    }

    @Test
    void planDependsOnlyOnSpec() {
        noClasses().that().resideInAPackage(ROOT + ".plan..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".engine..", ROOT + ".cli..", ROOT + ".jenkins..", ROOT + ".freestyle..",
                        ROOT + ".git..", "com.github.dockerjava..", "org.eclipse.jgit..")
                .check(classes);
    }

    @Test
    void engineDoesNotKnowItsCallers() {
        noClasses().that().resideInAPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".cli..", ROOT + ".jenkins..", ROOT + ".freestyle..")
                .check(classes);
    }

    @Test
    void freestyleConverterUsesOnlySpec() {
        noClasses().that().resideInAPackage(ROOT + ".freestyle..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".plan..", ROOT + ".engine..", ROOT + ".cli..", ROOT + ".jenkins..")
                .check(classes);
    }

    @Test
    void theDockerAdapterNeedsNoPlanTypes() {
        noClasses().that().resideInAPackage(ROOT + ".engine.docker..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".plan..", ROOT + ".spec..")
                .check(classes);
    }

    @Test
    void theProcessEngineNeedsNeitherDockerNorPlanTypes() {
        noClasses().that().resideInAPackage(ROOT + ".engine.process..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".plan..", ROOT + ".spec..",
                        ROOT + ".engine.docker..", "com.github.dockerjava..")
                .check(classes);
    }

    @Test
    void onlyTheDockerAdapterTalksToDocker() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".engine.docker..")
                .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
                .check(classes);
    }


    @Test
    void theGitHelperImportsOnlyJGitAndTheJdk() {
        classes().that().resideInAPackage(ROOT + ".git..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".git..", "org.eclipse.jgit..", "java..")
                .check(classes);
    }

    @Test
    void cliIsNotUsedByTheLayersBelowIt() {
        noClasses().that().resideInAnyPackage(
                        ROOT + ".spec..", ROOT + ".plan..", ROOT + ".engine..", ROOT + ".freestyle..", ROOT + ".jenkins..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }

    /**
     * The sub-packages of {@code jenkins} import only downward (job, config, scm, secrets at the bottom;
     * records, logs, remoting, agent, queue; run; ui, triggers, migration on top). The one exemption is
     * inherent to Hudson's model: a job type names its build type as a type argument, and the build its job.
     */
    @Test
    void jenkinsSubPackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".jenkins.(*)..").should().beFreeOfCycles()
                .ignoreDependency(DronePipelineJob.class, DronePipelineBuild.class)
                .check(classes);
    }

    @Test
    void recordsAndTheBottomPackagesKnowNothingAboveThem() {
        noClasses().that().resideInAnyPackage(ROOT + ".jenkins.records..", ROOT + ".jenkins.logs..",
                        ROOT + ".jenkins.config..", ROOT + ".jenkins.scm..", ROOT + ".jenkins.secrets..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".jenkins.run..", ROOT + ".jenkins.ui..",
                        ROOT + ".jenkins.triggers..", ROOT + ".jenkins.migration..", ROOT + ".jenkins.job..")
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
