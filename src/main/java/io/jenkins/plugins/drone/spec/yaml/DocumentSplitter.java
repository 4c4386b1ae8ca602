package io.jenkins.plugins.drone.spec.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Drone's line-based document splitting (docs/drone-semantics.md#document-splitting), not the YAML stream grammar: a
 * line starting with {@code ---} starts a document, a line starting with {@code ...} ends the file, other lines are
 * appended with {@code \n}.
 */
public final class DocumentSplitter {

    private DocumentSplitter() {}

    public static List<RawDocument> split(String text) {
        List<RawDocument> documents = new ArrayList<>();
        StringBuilder current = null;
        int firstLine = 0;
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("---")) {
                if (current != null) {
                    documents.add(new RawDocument(current.toString(), firstLine));
                }
                current = new StringBuilder();
                firstLine = i + 2;
            } else if (line.startsWith("...")) {
                break;
            } else {
                if (current == null) {
                    current = new StringBuilder();
                    firstLine = i + 1;
                }
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            documents.add(new RawDocument(current.toString(), firstLine));
        }
        return documents;
    }

    /** Lines as Go's bufio line scanner gives them: no final empty line, a trailing {@code \r} dropped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end < 0 ? text.length() : end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = next;
        }
        return lines;
    }
}
