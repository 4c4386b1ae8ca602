package io.jenkins.plugins.drone.jenkins.ui;

/** Escapes text for HTML and XML (element content and quoted attributes). */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
