package io.jenkins.plugins.drone.freestyle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

// Proves where the converter cuts a Jenkins shell script into Drone commands: one command per line, except
// that heredocs, compound blocks, open quotes/substitutions and continued lines stay whole, and that
// top-level comments and blank lines disappear while those inside a command are kept.
class ShellCommandSplitterTest {

    private static List<String> split(String script) {
        return ShellCommandSplitter.split(script);
    }

    @Test
    void oneCommandPerLineWithTopLevelCommentsAndBlankLinesDropped() {
        assertEquals(List.of("bundle install --jobs=4", "bundle exec rubocop # style", "bundle exec rspec"),
                split("# install\n  bundle install --jobs=4  \n\nbundle exec rubocop # style\n#!not a shebang here\nbundle exec rspec\n"));
    }

    @Test
    void keepsAHeredocAndItsBodyTogether() {
        String heredoc = "cat > config/database.yml <<'EOF'\ntest:\n  host: mysql\n\n  # not a comment: data\nEOF";
        assertEquals(List.of(heredoc, "echo done"), split(heredoc + "\necho done"));
    }

    @Test
    void heredocWithDashMayIndentItsDelimiterWithTabsAndTwoHeredocsOnOneLineBothEnd() {
        String dash = "if true; then\n\tcat <<-END\n\tbody\n\tEND\nfi";
        assertEquals(List.of(dash, "x"), split(dash + "\nx"));
        String two = "paste <<A /dev/stdin <<B\n1\nA\n2\nB";
        assertEquals(List.of(two, "x"), split(two + "\nx"));
    }

    @Test
    void keepsIfForWhileCaseBlocksAndFunctionsWhole() {
        String wait = "for i in $(seq 1 30); do\n  if mysqladmin ping -h mysql --silent; then\n    break\n  fi\n  sleep 1\ndone";
        String kase = "case \"$BRANCH\" in\n  main) deploy=yes ;;\n  done) echo odd pattern ;;\n  *) deploy=no ;;\nesac";
        String function = "retry() {\n  \"$@\" || \"$@\"\n}";
        String keyword = "function greet {\n  echo hi\n}";
        String loop = "while read -r line; do echo \"$line\"; done < list.txt";
        assertEquals(List.of(wait, kase, function, keyword, loop, "retry make"),
                split(String.join("\n", wait, kase, function, keyword, loop, "retry make")));
    }

    @Test
    void reservedWordsCountOnlyAsTheFirstWordOfACommand() {
        assertEquals(List.of("echo if then done fi", "echo {", "echo case", "x=done"),
                split("echo if then done fi\necho {\necho case\nx=done"));
    }

    @Test
    void keepsContinuedLinesTogether() {
        String backslash = "docker run --rm \\\n  -e A=1 \\\n  alpine true";
        String andAnd = "bundle install &&\n  # still the same command\n  bundle exec rspec";
        String pipe = "cat log |\n  grep ERROR";
        assertEquals(List.of(backslash, andAnd, pipe, "echo \\\\"), split(String.join("\n", backslash, andAnd, pipe, "echo \\\\")));
    }

    @Test
    void keepsMultiLineQuotesAndSubstitutionsTogether() {
        String quoted = "git commit -m \"first line\n\nsecond # line\"";
        String single = "echo 'it'\"'\"'s\n#kept'";
        String substitution = "VERSION=$(\n  cat VERSION\n)";
        String braces = "echo \"${A:-\"x y\"}\" ${#B} $#";
        assertEquals(List.of(quoted, single, substitution, braces, "z"),
                split(String.join("\n", quoted, single, substitution, braces, "z")));
    }

    @Test
    void redirectionsAndBackgroundJobsDoNotContinueTheCommand() {
        assertEquals(List.of("make 2>&1", "server &", "cat <<< \"word\"", "a; b"),
                split("make 2>&1\nserver &\ncat <<< \"word\"\na; b"));
    }

    @Test
    void everydayScriptShapesSplitWhereTheShellWould() {
        String ifElse = "if [ -z \"$X\" ]\nthen\n  echo a\nelif true\nthen\n  echo b\nelse\n  echo c\nfi";
        String pipeLoop = "ls | while read f\ndo\n  echo \"$f\"\ndone";
        String group = "[ -d build ] || {\n  mkdir build\n}";
        List<String> oneLiners = List.of("x=`date`", "diff <(sort a) <(sort b)", "find . -name '*.o' -exec rm {} \\;",
                "(( i++ )) || true", "trap 'rm -f /tmp/x' EXIT", "echo }", "[[ $v =~ ^(a|b)$ ]] && echo match");
        List<String> all = new ArrayList<>(List.of(ifElse, pipeLoop, group));
        all.addAll(oneLiners);
        assertEquals(all, split(String.join("\n", all)));
    }

    @Test
    void anUnterminatedConstructBecomesTheLastCommand() {
        assertEquals(List.of("echo ok", "if true; then\n  echo never closed"), split("echo ok\nif true; then\n  echo never closed"));
    }
}
