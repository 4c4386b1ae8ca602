package io.jenkins.plugins.drone.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Proves Glob.match behaves like doublestar v1.1.1: every checked example of docs/drone-semantics.md#glob-patterns,
// plus property checks on random patterns and values (literals, '*', '**', escapes, alternatives, condition rule).
class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "feature/*|feature/x|true", "feature/*|feature/x/y|false", "*|feature/x|false", "*|''|true",
        "feature/*|''|false", "foo/**/qux|foo/qux|true", "foo/**/qux|foo/a/b/qux|true", "refs/heads/**|refs/heads|false",
        "refs/heads/**|refs/heads/|false", "refs/heads/**|refs/heads/a/b|true", "**|a/b/c|true", "**|''|true",
        "feature-**|feature-a/b|false", "feature-**|feature-a|true", "[!a]b|!b|true", "[^a]b|ab|false",
        "[^a]b|cb|true", "{main,master}|master|true", "release/{1,2}.*|release/2.x|true", "a\\*b|a*b|true",
        "a\\*b|axb|false", "Master|master|false", "refs/pull/*/head|refs/pull/12/head|true", "''|''|true",
        "[a-|a|false", "[a-c]|b|true", "?|/|false", "?|x|true", "*|master|true"})
    void checkedExamples(String pattern, String value, boolean expected) {
        assertEquals(expected, Glob.match(pattern, value));
    }

    private final Random random = new Random(42);

    private String segment(String alphabet, int maxLength) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(maxLength);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private List<String> path() {
        List<String> segments = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            segments.add(segment("abc", 3));
        }
        return segments;
    }

    @Test
    void literalPatternsMatchExactlyThemselves() {
        for (int i = 0; i < 2000; i++) {
            String a = String.join("/", path());
            String b = String.join("/", path());
            assertTrue(Glob.match(a, a), a);
            assertEquals(a.equals(b), Glob.match(a, b), a + " vs " + b);
        }
    }

    @Test
    void starStaysInOneSegmentAndDoubleStarSpansAll() {
        for (int i = 0; i < 2000; i++) {
            List<String> segments = path();
            String value = String.join("/", segments);
            assertEquals(segments.size() == 1, Glob.match("*", value), value);
            assertTrue(Glob.match("**", value), value);
            int pick = random.nextInt(segments.size());
            List<String> pattern = new ArrayList<>(segments);
            pattern.set(pick, "*");
            assertTrue(Glob.match(String.join("/", pattern), value), pattern + " " + value);
            pattern.set(pick, "**");
            assertTrue(Glob.match(String.join("/", pattern), value), pattern + " " + value);
        }
    }

    @Test
    void escapedCharactersAreLiterals() {
        for (int i = 0; i < 2000; i++) {
            String value = segment("ab*?[{", 6);
            StringBuilder escaped = new StringBuilder();
            value.chars().forEach(c -> escaped.append('\\').append((char) c));
            assertTrue(Glob.match(escaped.toString(), value), escaped + " " + value);
            assertFalse(Glob.match(escaped.toString(), value + "x"));
        }
    }

    @Test
    void alternativesAreTheUnionOfTheirOptions() {
        for (int i = 0; i < 2000; i++) {
            String a = segment("abc", 3);
            String b = segment("abc", 3);
            String value = segment("abc", 3);
            boolean either = Glob.match(a, value) || Glob.match(b, value);
            assertEquals(either, Glob.match("{" + a + "," + b + "}", value), a + "," + b + " ~ " + value);
        }
    }

    @Test
    void conditionAppliesExcludeThenInclude() {
        Position here = new Position("f", 1, 1, "");
        Condition c = new Condition(List.of("release/*", "main"), List.of("release/1.0"), here);
        assertTrue(c.matches("main"));
        assertTrue(c.matches("release/2.0"));
        assertFalse(c.matches("release/1.0"));
        assertFalse(c.matches("dev"));
        assertTrue(new Condition(List.of(), List.of("dev"), here).matches("main"));
        assertTrue(Condition.none(here).matches(""));
    }

    @Test
    void pathsConditionNeedsAFileThatIsIncludedAndNotExcluded() {
        Position here = new Position("f", 1, 1, "");
        Condition docsIgnored = new Condition(List.of("src/**"), List.of("**/*.md"), here);
        assertTrue(docsIgnored.matchesChangedFiles(null));
        assertFalse(docsIgnored.matchesChangedFiles(List.of()));
        assertTrue(docsIgnored.matchesChangedFiles(List.of("src/a/Main.java", "README.md")));
        assertFalse(docsIgnored.matchesChangedFiles(List.of("src/a/NOTES.md", "docs/guide.txt")));
        assertTrue(Condition.none(here).matchesChangedFiles(List.of()));
    }
}
