package io.jenkins.plugins.drone.jenkins.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.drone.jenkins.records.FailedTest;
import io.jenkins.plugins.drone.jenkins.records.TestSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the JUnit XML reader on the reports real tools write (Maven Surefire, pytest, go-junit-report), nested
 * suites (counted by test case, never twice), malformed files (an error with line and column, no partial result)
 * and a DOCTYPE with an external entity (refused, nothing read from the disk); texts are masked and truncated.
 */
class JUnitParserTest {

    private final JUnitParser parser = new JUnitParser(text -> text.replace("s3cr3t-token", "******"));

    @Test
    void surefireCountsFailuresErrorsAndSkipsWithTheirTexts() throws Exception {
        TestSummary s = parse("surefire.xml");
        assertEquals(List.of(4, 1, 1, 1, 1), List.of(s.getTests(), s.getPassed(), s.getFailures(), s.getErrors(),
                s.getSkipped()));
        assertEquals(1000.53, s.getTime(), 1e-9);
        FailedTest divides = s.getFailed().get(0);
        assertEquals(List.of("com.example.CalcTest", "divides", "failure", "expected: <2> but was: <3>"),
                List.of(divides.getClassName(), divides.getName(), divides.getKind(), divides.getMessage()));
        assertTrue(divides.getTrace().contains("CalcTest.java:20"), divides.getTrace());
        assertEquals("dividing 6 by 3 with token ******", divides.getOutput());
        FailedTest parses = s.getFailed().get(1);
        assertEquals("error", parses.getKind());
        assertEquals("java.lang.NullPointerException: input", parses.getMessage(), "no message: the text's first line");
        assertEquals("stderr line", parses.getOutput());
    }

    @Test
    void pytestReport() throws Exception {
        TestSummary s = parse("pytest.xml");
        assertEquals(List.of(3, 1, 1, 0, 1), List.of(s.getTests(), s.getPassed(), s.getFailures(), s.getErrors(),
                s.getSkipped()));
        FailedTest sum = s.getFailed().get(0);
        assertEquals("tests.test_app", sum.getClassName());
        assertEquals("assert 3 == 4\n +  where 3 = add(1, 2)", sum.getMessage());
        assertEquals("captured stdout", sum.getOutput());
    }

    @Test
    void goJunitReport() throws Exception {
        TestSummary s = parse("go-junit-report.xml");
        assertEquals(List.of(2, 1, 1), List.of(s.getTests(), s.getPassed(), s.getFailures()));
        assertEquals("Failed", s.getFailed().get(0).getMessage());
        assertEquals("calc_test.go:12: got 3, want 2", s.getFailed().get(0).getTrace());
    }

    @Test
    void nestedSuitesCountEachCaseOnce() throws Exception {
        TestSummary s = parse("nested.xml");
        assertEquals(3, s.getTests());
        assertEquals(3, s.getPassed());
        assertEquals(1.0, s.getTime(), 1e-9);
    }

    @Test
    void malformedReportSaysWhere() {
        JUnitParser.MalformedReportException e = assertThrows(JUnitParser.MalformedReportException.class,
                () -> parse("malformed.xml"));
        String said = e.describe("reports/malformed.xml");
        assertTrue(said.startsWith("reports/malformed.xml:5:"), said);
        assertTrue(said.contains(": malformed JUnit XML: "), said);
    }

    @Test
    void externalEntitiesAreNeverRead() {
        JUnitParser.MalformedReportException e = assertThrows(JUnitParser.MalformedReportException.class,
                () -> parse("doctype.xml"));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void longTextsAreTruncated() throws Exception {
        String xml = "<testsuite><testcase classname='c' name='n'><failure message='m'>" + "x".repeat(10_000)
                + "</failure></testcase></testsuite>";
        FailedTest test = parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getFailed().get(0);
        assertEquals(JUnitParser.MAX_TEXT + "\n… (truncated)".length(), test.getTrace().length());
    }

    private TestSummary parse(String fixture) throws IOException, JUnitParser.MalformedReportException {
        try (InputStream in = JUnitParserTest.class.getResourceAsStream("/reports/" + fixture)) {
            return parser.parse(in);
        }
    }
}
