package io.jenkins.plugins.drone.freestyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Proves the converter's contract at its edges: bad input is an InvalidJobConfigException with a position (no
// stack trace, no console noise, no entity resolution), other job types are refused, and small jobs convert
// with CRLF scripts, a byte-order mark and no builders at all.
class FreestyleConverterTest {

    private static Conversion convert(String xml) throws InvalidJobConfigException {
        return FreestyleConverter.convert(xml, Options.defaults());
    }

    private static String job(String builders) {
        return "<?xml version='1.1' encoding='UTF-8'?>\n<project>\n<builders>" + builders + "</builders>\n</project>\n";
    }

    @Test
    void aRunDronePipelineStepIsPointedAtInsteadOfConverted() throws Exception {
        Conversion conversion = convert(job("<io.jenkins.plugins.drone.jenkins.migration.DronePipelineStep>"
                + "<yamlPath>ci/pipeline.yml</yamlPath><yaml></yaml></io.jenkins.plugins.drone.jenkins.migration.DronePipelineStep>"));
        assertTrue(conversion.warnings().stream().anyMatch(w -> w.contains("already runs a Drone pipeline (ci/pipeline.yml "
                + "from the workspace): commit that pipeline as the repository's .drone.yml")), conversion.warnings().toString());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        InvalidJobConfigException e = assertThrows(InvalidJobConfigException.class,
                () -> convert("<project>\n  <builders>\n    <hudson.tasks.Shell>\n  </builders>\n</project>"));
        assertEquals(4, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.problem().startsWith("invalid XML: "), e.problem());
        assertEquals("config.xml:4:" + e.column() + ": " + e.problem(), e.format("config.xml"));
    }

    @Test
    void refusesDoctypesSoNoEntityIsEverResolved() {
        String xxe = "<?xml version='1.0'?>\n<!DOCTYPE project [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
                + "<project><builders><hudson.tasks.Shell><command>&x;</command></hudson.tasks.Shell></builders></project>";
        InvalidJobConfigException e = assertThrows(InvalidJobConfigException.class, () -> convert(xxe));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("DOCTYPE"), e.problem());
    }

    @Test
    void refusesOtherJobTypesWithoutAPosition() {
        InvalidJobConfigException e = assertThrows(InvalidJobConfigException.class,
                () -> convert("<flow-definition plugin='workflow-job'/>"));
        assertEquals(0, e.line());
        assertEquals("config.xml: not a freestyle job: the root element is <flow-definition>, expected <project>",
                e.format("config.xml"));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreHarmless() throws Exception {
        String xml = "\uFEFF" + job("<hudson.tasks.Shell><command>make&#13;\nmake test&#13;\n</command></hudson.tasks.Shell>");
        String yaml = convert(xml).yaml();
        assertTrue(yaml.contains("  commands:\n  - make\n  - make test\n"), yaml);
    }

    @Test
    void aJobWithoutShellStepsGivesAPipelineThatOnlyClones() throws Exception {
        Conversion conversion = convert(job(""));
        assertTrue(conversion.yaml().contains("\nsteps: []\n"), conversion.yaml());
        assertEquals(List.of("no shell build step was converted: the pipeline only clones the repository"),
                conversion.warnings());
    }

    @Test
    void stepNamesComeFromNameCommentsOrPositionAndStayUniqueAndClearOfTheCloneStep() throws Exception {
        String yaml = convert(job(
                "<hudson.tasks.Maven><targets>verify</targets></hudson.tasks.Maven>"
                + "<hudson.tasks.Shell><command>echo 1</command></hudson.tasks.Shell>"
                + "<hudson.tasks.Shell><command># name: Unit Tests!\necho 2</command></hudson.tasks.Shell>"
                + "<hudson.tasks.Shell><command># name: unit-tests\necho 3</command></hudson.tasks.Shell>"
                + "<hudson.tasks.Shell><command># name: Clone\ngit submodule update --init</command></hudson.tasks.Shell>"))
                .yaml();
        assertTrue(yaml.contains("- name: shell-2\n"), yaml);
        assertTrue(yaml.contains("- name: unit-tests\n"), yaml);
        assertTrue(yaml.contains("- name: unit-tests-2\n"), yaml);
        assertTrue(yaml.contains("- name: clone-2\n"), yaml);
    }

    @Test
    void blankOptionsFallBackToDefaults() {
        assertEquals(Options.defaults(), new Options(" ", null));
        assertEquals(new Options("alpine:3", "default"), Options.defaults());
    }
}
