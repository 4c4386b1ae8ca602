package io.jenkins.plugins.drone.jenkins.support;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A headless Chromium for UI tests. Selenium needs Guava 33 while the test class path carries Hudson's Guava
 * r06, so Selenium runs in a child-first class loader that sees the modern Guava first (its path comes from
 * the {@code drone.browser.guava} properties the build sets); tests use it through {@link BrowserSession}.
 * Screenshots are written only when {@code -Ddrone.screenshots=DIR} is set.
 */
public final class Browser implements AutoCloseable {

    private final BrowserSession session;
    private final Path profile;
    private final URLClassLoader loader;

    private Browser(BrowserSession session, Path profile, URLClassLoader loader) {
        this.session = session;
        this.profile = profile;
        this.loader = loader;
    }

    /** A new headless browser with a fresh profile. */
    public static Browser start() throws Throwable {
        Path profile = Files.createTempDirectory("drone-chromium");
        URLClassLoader loader = new ChildFirst(classPath(), Browser.class.getClassLoader());
        BrowserSession session = inContext(loader, () -> (BrowserSession) loader.loadClass(SeleniumSession.class.getName())
                .getConstructor(String.class).newInstance(profile.toString()));
        BrowserSession scoped = (BrowserSession) Proxy.newProxyInstance(BrowserSession.class.getClassLoader(),
                new Class<?>[] {BrowserSession.class}, (proxy, method, args) -> inContext(loader, () -> {
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
        return new Browser(scoped, profile, loader);
    }

    /** Selenium finds its services through the context class loader: it must be the isolated one. */
    private static <T> T inContext(ClassLoader loader, Call<T> call) throws Throwable {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private interface Call<T> {
        T run() throws Throwable;
    }

    private static URL[] classPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String modern : List.of("drone.browser.guava", "drone.browser.failureaccess")) {
            urls.add(new File(System.getProperty(modern)).toURI().toURL());
        }
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : testPath.split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(new URL[0]);
    }

    public BrowserSession page() {
        return session;
    }

    /**
     * Polls {@code condition} every 100 ms for up to a minute until it returns something other than null or
     * false (exceptions count as "not yet": the page may be re-rendering), and returns that.
     */
    public <T> T waitFor(Supplier<T> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        RuntimeException last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not met within a minute; page:\n" + session.source(), last);
    }

    /** Saves the visible page as {@code name} in the screenshot directory, when one is configured. */
    public void screenshot(String name) {
        String dir = System.getProperty("drone.screenshots");
        if (dir != null && !dir.isBlank()) {
            session.screenshot(Path.of(dir, name));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            session.close();
            loader.close();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Loads everything from its own URLs first; only the JDK and {@link BrowserSession} come from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && !name.startsWith("java.") && !name.equals(BrowserSession.class.getName())) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        // not ours: the parent's (JDK, javax)
                    }
                }
                if (loaded == null) {
                    loaded = super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
