package io.jenkins.plugins.drone.jenkins.ui;

/** Escapes text for HTML and XML (element content and quoted attributes). */
final class Html {

    private Html() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
