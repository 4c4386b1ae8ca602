package io.jenkins.plugins.drone.spec.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.ManifestParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Inputs where SnakeYAML and Go's YAML parser (gopkg.in/yaml.v2, which Drone uses) could disagree, each with Go's
// verdict, taken by running yaml.Unmarshal on the same text (<TAB> is a tab, \n a newline): what Go accepts must
// parse here, what Go refuses must stay refused.
class GoYamlDifferencesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "trailing tab after a key;kind: pipeline\\nsteps:<TAB>\\n- name: a\\n  image: x\\n;accepted",
        "tab between key and value;kind:<TAB>pipeline\\nname: a\\n;accepted",
        "tab before a comment after a key;kind: pipeline\\nsteps:<TAB># c\\n- name: a\\n  image: x\\n;accepted",
        "only blanks with a tab after a key;kind: pipeline\\nname:    <TAB>\\n;accepted",
        "tab in a flow map;kind: pipeline\\nsteps: [ {name: a,<TAB>image: x} ]\\n;accepted",
        "trailing tab after a value;kind: pipeline<TAB>\\nname: a\\n;accepted",
        "tab after a document marker;kind: pipeline\\nname: a\\n---<TAB>\\nkind: pipeline\\nname: b\\n;accepted",
        "trailing commas in flow collections;kind: pipeline\\nx: [a, b,]\\ny: {a: 1,}\\n;accepted",
        "repeated key, last one wins;kind: pipeline\\nname: a\\nname: b\\n;accepted",
        "tab after a dash;kind: pipeline\\nsteps:\\n-<TAB>name: a\\n  image: x\\n;refused",
        "tab indentation;kind: pipeline\\nsteps:\\n<TAB>- name: a\\n;refused",
        "line of only a tab;kind: pipeline\\n<TAB>\\nname: a\\n;refused",
        "tab line inside a block scalar;kind: pipeline\\nx: |\\n  a\\n<TAB>\\n  b\\n;refused",
        "plain scalar starting with @;kind: pipeline\\nx: @foo\\n;refused",
        "plain scalar starting with %;kind: pipeline\\nx: %foo\\n;refused",
        "complex key in a value;kind: pipeline\\nx: ? y\\n;refused"})
    void matchesGo(String what, String input, String go) {
        String text = input.replace("<TAB>", "\t").replace("\\n", "\n");
        List<Diagnostic> found = ManifestParser.parse("g.yml", text).diagnostics();
        boolean refused = found.stream().anyMatch(d -> d.isError() && d.message().startsWith("invalid YAML"));
        assertEquals(go, refused ? "refused" : "accepted", what + ": " + found);
    }
}
