package io.jenkins.plugins.drone.spec.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Proves the 0.8 detector (docs/drone-semantics.md#legacy-detection): only a line that is exactly `pipeline:`
// (trailing blanks allowed) marks a 0.8 file.
class LegacyFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "pipeline:\\n  build:|true", "x: 1\\npipeline:   \\n|true", "pipeline:\\r\\n|true", "pipeline:|true",
        "kind: pipeline\\nsteps:|false", "' pipeline:\\n'|false", "pipeline: x\\n|false", "# pipeline:\\n|false",
        "mypipeline:\\n|false"})
    void detects(String text, boolean legacy) {
        assertEquals(legacy, LegacyFormat.isLegacy(text.replace("\\n", "\n").replace("\\r", "\r")));
    }
}
