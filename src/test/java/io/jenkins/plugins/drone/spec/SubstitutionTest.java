package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Proves ${...} substitution (docs/drone-semantics.md#substitution): every bash-like operator Drone lists, $$ escaping, $NAME left alone,
// unknown names empty, nested defaults, multi-line values quoted, and drone/envsubst dropping a backslash before
// a backslash or a slash in the text.
class SubstitutionTest {

    private static final Map<String, String> VARS = Map.of(
            "DRONE_BRANCH", "feature/login-form",
            "DRONE_COMMIT_SHA", "6d1f3c0a9b8e7f6d",
            "DRONE_REPO", "acme/shop",
            "NAME", "hello World",
            "EMPTY", "",
            "FILE", "archive.tar.gz",
            "MSG", "line1\nline \"2\"");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "tag: ${DRONE_COMMIT_SHA:0:8}|tag: 6d1f3c0a",
        "${DRONE_COMMIT_SHA:8}|9b8e7f6d",
        "${#DRONE_REPO}|9",
        "${NAME^}|Hello World",
        "${NAME^^}|HELLO WORLD",
        "${DRONE_REPO,}|acme/shop",
        "${NAME,,}|hello world",
        "${FILE#*.}|tar.gz",
        "${FILE##*.}|gz",
        "${FILE%.*}|archive.tar",
        "${FILE%%.*}|archive",
        "${DRONE_REPO#*/}|shop",
        "${DRONE_BRANCH/\\//-}|feature-login-form",
        "sed 's/\\\\n/ /'|sed 's/\\n/ /'",
        "a\\/b and c\\d|a/b and c\\d",
        "x\\\\\\\\y|x\\\\y",
        "\\${DRONE_REPO}|\\acme/shop",
        "${NAME//o/0}|hell0 W0rld",
        "${NAME/o/0}|hell0 World",
        "${FILE/#archive/backup}|backup.tar.gz",
        "${FILE/%gz/xz}|archive.tar.xz",
        "${UNSET=fallback}|fallback",
        "${EMPTY=fallback}|",
        "${EMPTY:=fallback}|fallback",
        "${EMPTY:-fallback}|fallback",
        "${DRONE_REPO:-fallback}|acme/shop",
        "${UNSET=${DRONE_REPO}}|acme/shop",
        "${UNSET}|",
        "$DRONE_REPO stays|$DRONE_REPO stays",
        "$${DRONE_REPO}|${DRONE_REPO}",
        "cost $$5|cost $5",
        "${unterminated|${unterminated",
        "${!bad}|${!bad}"})
    void substitutes(String text, String expected) {
        assertEquals(expected == null ? "" : expected, Substitution.apply(text, VARS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"msg: ${MSG}|msg: \"line1\\nline \\\"2\\\"\""})
    void multiLineValuesAreQuoted(String text, String expected) {
        assertEquals(expected, Substitution.apply(text, VARS));
    }
}
