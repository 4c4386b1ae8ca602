package io.jenkins.plugins.drone.spec.yaml;

/**
 * Tabs that Go's YAML parser (the one Drone uses) reads as separating white space where SnakeYAML refuses them:
 * after a value indicator ({@code key:<TAB>value}, {@code steps:<TAB>} at the end of a line) and between the items
 * of a flow collection ({@code [a,<TAB>b]}, {@code {a: 1,<TAB>b: 2}}). Tabs Go refuses too (indentation, after
 * {@code -}, a line of only tabs) are left as they are, so their error stays.
 */
final class GoTabs {

    private GoTabs() {}

    /**
     * {@code text} with the tabs at {@code index} turned into spaces (columns stay the same), or null when
     * {@code index} is not a tab Go accepts there.
     */
    static String separate(String text, int index) {
        if (index < 0 || index >= text.length() || text.charAt(index) != '\t' || !afterSeparator(text, index)) {
            return null;
        }
        StringBuilder fixed = new StringBuilder(text);
        for (int i = index; i < text.length() && (text.charAt(i) == '\t' || text.charAt(i) == ' '); i++) {
            fixed.setCharAt(i, ' ');
        }
        return fixed.toString();
    }

    /** The tab follows, on its line and after blanks only, a {@code :}, {@code ,}, {@code [} or {@code {}. */
    private static boolean afterSeparator(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            return c == ':' || c == ',' || c == '[' || c == '{';
        }
        return false;
    }
}
