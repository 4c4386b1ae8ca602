package io.jenkins.plugins.drone.jenkins.ui;

/** A flat two-part status badge ({@code drone | success}) as SVG, coloured by the status word. */
public final class BadgeSvg {

    private static final int CHAR_WIDTH = 7;
    private static final int PADDING = 12;

    private BadgeSvg() {}

    /** The badge for {@code status}; {@code label} and {@code status} are plain words (escaped anyway). */
    public static String render(String label, String status) {
        int left = label.length() * CHAR_WIDTH + PADDING;
        int right = status.length() * CHAR_WIDTH + PADDING;
        int width = left + right;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"20\" role=\"img\""
                + " aria-label=\"" + Html.escape(label + ": " + status) + "\">"
                + "<title>" + Html.escape(label + ": " + status) + "</title>"
                + "<rect width=\"" + left + "\" height=\"20\" rx=\"3\" fill=\"#555\"/>"
                + "<rect x=\"" + left + "\" width=\"" + right + "\" height=\"20\" rx=\"3\" fill=\""
                + BuildStatus.color(status) + "\"/>"
                + "<g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\" text-anchor=\"middle\">"
                + "<text x=\"" + left / 2 + "\" y=\"14\">" + Html.escape(label) + "</text>"
                + "<text x=\"" + (left + right / 2) + "\" y=\"14\">" + Html.escape(status) + "</text>"
                + "</g></svg>";
    }
}
