package io.jenkins.plugins.drone.jenkins.support;

import java.nio.file.Path;

/**
 * A browser page driven by CSS selectors, with JDK types only: the Selenium implementation lives in its own
 * class loader (Selenium needs a modern Guava, Hudson 1.395 its own old one), so tests talk through this.
 */
public interface BrowserSession extends AutoCloseable {

    /** Loads {@code url} in the window. */
    void open(String url);

    /** How many elements match {@code css}. */
    int count(String css);

    /** The attribute of the first match, null when absent (throws when nothing matches). */
    String attribute(String css, String name);

    /** The visible text of the first match. */
    String text(String css);

    /** Clicks the first match. */
    void click(String css);

    /** The page's current source (for non-HTML documents such as SVG too). */
    String source();

    /** Runs {@code script} in the page and returns its result as a string (null for undefined). */
    String script(String script);

    /** Saves a PNG of the visible page. */
    void screenshot(Path target);

    @Override
    void close();
}
