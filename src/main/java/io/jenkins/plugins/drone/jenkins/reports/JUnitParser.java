package io.jenkins.plugins.drone.jenkins.reports;

import io.jenkins.plugins.drone.jenkins.records.FailedTest;
import io.jenkins.plugins.drone.jenkins.records.TestSummary;
import java.io.InputStream;
import java.util.function.UnaryOperator;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one JUnit XML report (Maven Surefire, pytest, go-junit-report and the like) with StAX: every
 * {@code <testcase>} at any depth of {@code <testsuites>}/{@code <testsuite>} counts, its {@code failure},
 * {@code error} or {@code skipped} child decides how, and {@code system-out}/{@code system-err} are its output.
 * Suite attributes are not trusted (nested suites would count twice). No DTDs or external entities are read.
 */
public final class JUnitParser {

    /** Most characters kept of a message, a trace or an output. */
    static final int MAX_TEXT = 4000;

    private final UnaryOperator<String> mask;

    /** @param mask applied to every text kept (the pipeline's secrets masked) */
    public JUnitParser(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    /**
     * The results of one file.
     *
     * @throws MalformedReportException with the line and column when the file is not well-formed XML
     */
    public TestSummary parse(InputStream in) throws MalformedReportException {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            TestSummary summary = new TestSummary();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("testcase")) {
                    testCase(xml, summary);
                }
            }
            return summary;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new MalformedReportException(at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                    e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""));
        } finally {
            close(xml);
        }
    }

    private void testCase(XMLStreamReader xml, TestSummary summary) throws XMLStreamException {
        String className = attribute(xml, "classname");
        String name = attribute(xml, "name");
        double time = seconds(attribute(xml, "time"));
        String kind = null;
        String message = "";
        String trace = "";
        StringBuilder output = new StringBuilder();
        boolean skipped = false;
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String child = xml.getLocalName();
                if (kind == null && (child.equals("failure") || child.equals("error"))) {
                    kind = child;
                    message = attribute(xml, "message");
                    trace = xml.getElementText();
                } else if (child.equals("skipped")) {
                    skipped = true;
                    xml.getElementText();
                } else if (child.equals("system-out") || child.equals("system-err")) {
                    output.append(xml.getElementText());
                } else {
                    depth++;
                }
            }
        }
        if (kind == null) {
            summary.passedOrSkipped(skipped, time);
        } else {
            String shown = message.isBlank() ? firstLine(trace) : message;
            summary.failed(new FailedTest(className, name, kind, text(shown), text(trace), text(output.toString()), time));
        }
    }

    private String text(String value) {
        String masked = mask.apply(value.strip());
        return masked.length() <= MAX_TEXT ? masked : masked.substring(0, MAX_TEXT) + "\n… (truncated)";
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /** Seconds as a decimal; older Surefire writes thousands separators ("1,234.5"); unreadable is 0. */
    static double seconds(String value) {
        try {
            double seconds = Double.parseDouble(value.replace(",", "").strip());
            return Double.isFinite(seconds) && seconds > 0 ? seconds : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was held open but the reader itself
            }
        }
    }

    /** A report that is not well-formed XML, with where the reader stopped. */
    public static final class MalformedReportException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        MalformedReportException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** {@code file:line:col: malformed JUnit XML: reason}, as every diagnostic of the plugin reads. */
        public String describe(String file) {
            return file + ":" + line + ":" + column + ": malformed JUnit XML: " + getMessage().strip();
        }
    }
}
