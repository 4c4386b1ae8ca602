package io.jenkins.plugins.drone.freestyle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Reads a shell script line by line and knows, at the end of each line, whether the current command is
 * complete. It tracks what is open (quotes, {@code $(}, {@code ${}, backticks, subshells, {@code if}/{@code case}/
 * loops, brace groups), pending heredocs and line continuations, and recognises reserved words only where the
 * shell does: as the first word of a command. It is not a full parser; it only decides where commands end.
 */
final class ShellLineScanner {

    private static final Set<String> STARTS_COMMAND =
            Set.of("then", "else", "elif", "do", "!", "time", "if", "{", "while", "until");
    private static final Set<String> LOOPS = Set.of("for", "while", "until", "select");
    private static final String METACHARS = ";&|()<> \t";
    private static final String SPECIAL = METACHARS + "'\"`$\\";

    private final Deque<String> open = new ArrayDeque<>();
    private final Deque<Heredoc> heredocs = new ArrayDeque<>();
    private Heredoc currentBody;
    private boolean continued;
    private boolean backslashAtEnd;
    private boolean operatorAtEnd;
    private boolean commandPosition;
    private boolean functionName;
    private String line;
    private int i;

    /** Consumes one line (without its newline); true when the command that holds it ends here. */
    boolean scan(String text) {
        if (currentBody != null) {
            if (currentBody.endsAt(text)) {
                currentBody = heredocs.poll();
            }
            return isComplete();
        }
        line = text;
        if (isCode() && !backslashAtEnd) {
            commandPosition = true;
        }
        backslashAtEnd = false;
        for (i = 0; i < line.length(); ) {
            if (isCode()) {
                operatorAtEnd = scanCode(operatorAtEnd);
            } else {
                scanQuoted();
                operatorAtEnd = false;
            }
        }
        // Blank and comment lines after "&&" keep the command open, as in the shell.
        continued = backslashAtEnd || operatorAtEnd;
        currentBody = heredocs.poll();
        return isComplete();
    }

    private boolean isComplete() {
        return open.isEmpty() && currentBody == null && !continued;
    }

    private boolean isCode() {
        String top = open.peek();
        return top == null || !(top.equals("'") || top.equals("\""));
    }

    private void scanQuoted() {
        char c = line.charAt(i);
        if (open.peek().equals("'")) {
            if (c == '\'') {
                open.pop();
            }
            i++;
        } else if (c == '\\') {
            escape();
        } else if (c == '"') {
            open.pop();
            i++;
        } else if (c == '`') {
            open.push("`");
            i++;
        } else if (isExpansion()) {
            expansion();
        } else {
            i++;
        }
    }

    /** Reads one token of code; returns whether it was an operator that needs a following command. */
    private boolean scanCode(boolean operatorBefore) {
        char c = line.charAt(i);
        if (c == ' ' || c == '\t') {
            i++;
            return operatorBefore;
        }
        if (c == '#' && (i == 0 || METACHARS.indexOf(line.charAt(i - 1)) >= 0)) {
            i = line.length();
            return operatorBefore;
        }
        if (c == '&' || c == '|' || c == ';') {
            return operator(c);
        }
        if (c == '(' || c == ')' || c == '`') {
            parenthesisOrBacktick(c);
            return false;
        }
        boolean atCommandStart = commandPosition;
        commandPosition = false;
        if (c == '\\') {
            escape();
        } else if (c == '\'' || c == '"') {
            open.push(String.valueOf(c));
            i++;
        } else if (isExpansion()) {
            expansion();
        } else if (c == '}' && "${".equals(open.peek())) {
            open.pop();
            i++;
        } else if (line.startsWith("<<", i) && !line.startsWith("<<<", i)) {
            heredoc();
        } else if (c == '<' || c == '>') {
            redirection();
        } else {
            word(atCommandStart);
        }
        return false;
    }

    private void escape() {
        backslashAtEnd = i == line.length() - 1;
        i += 2;
    }

    private boolean operator(char c) {
        boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == c;
        i += doubled ? 2 : 1;
        commandPosition = true;
        return c == '|' || (c == '&' && doubled);
    }

    private void parenthesisOrBacktick(char c) {
        String top = open.peek();
        if (c == '(') {
            open.push("(");
        } else if (c == '`') {
            if ("`".equals(top)) {
                open.pop();
            } else {
                open.push("`");
            }
        } else if ("(".equals(top) || "$(".equals(top)) {
            open.pop();
        } // else: a ")" that ends a case pattern such as "start)".
        commandPosition = true;
        i++;
    }

    private boolean isExpansion() {
        return line.startsWith("$(", i) || line.startsWith("${", i);
    }

    private void expansion() {
        String token = line.substring(i, i + 2);
        open.push(token);
        commandPosition = token.equals("$(");
        i += 2;
    }

    private void redirection() {
        i++;
        while (i < line.length() && "<>&|".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
    }

    private void heredoc() {
        i += 2;
        boolean stripTabs = i < line.length() && line.charAt(i) == '-';
        if (stripTabs) {
            i++;
        }
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        StringBuilder delimiter = new StringBuilder();
        while (i < line.length() && METACHARS.indexOf(line.charAt(i)) < 0) {
            char c = line.charAt(i++);
            if (c != '\'' && c != '"' && c != '\\') {
                delimiter.append(c);
            }
        }
        if (!delimiter.isEmpty()) {
            heredocs.add(new Heredoc(delimiter.toString(), stripTabs));
        }
    }

    private void word(boolean atCommandStart) {
        int start = i;
        do {
            i++;
        } while (i < line.length() && isWordChar(line.charAt(i)));
        boolean standalone = i == line.length() || METACHARS.indexOf(line.charAt(i)) >= 0;
        String word = line.substring(start, i);
        if (functionName) {
            functionName = false;
            commandPosition = true;
        } else if (atCommandStart && standalone) {
            reservedWord(word);
        }
    }

    private boolean isWordChar(char c) {
        return SPECIAL.indexOf(c) < 0 && !(c == '}' && "${".equals(open.peek()));
    }

    private void reservedWord(String word) {
        commandPosition = STARTS_COMMAND.contains(word) || word.matches("[A-Za-z_][A-Za-z0-9_]*=.*");
        switch (word) {
            case "if", "case", "{" -> open.push(word);
            case "fi" -> closeBlock("if");
            case "esac" -> closeBlock("case");
            case "done" -> closeBlock("do");
            case "}" -> closeBlock("{");
            case "function" -> functionName = true;
            default -> {
                if (LOOPS.contains(word)) {
                    open.push("do");
                }
            }
        }
    }

    private void closeBlock(String opener) {
        if (opener.equals(open.peek())) {
            open.pop();
        }
    }

    /** A here-document waiting for its body; {@code <<-} strips leading tabs before comparing. */
    private record Heredoc(String delimiter, boolean stripTabs) {
        boolean endsAt(String bodyLine) {
            String candidate = stripTabs ? bodyLine.replaceFirst("^\t+", "") : bodyLine;
            return candidate.equals(delimiter);
        }
    }
}
