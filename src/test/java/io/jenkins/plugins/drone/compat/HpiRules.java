package io.jenkins.plugins.drone.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The manifest and layout a plugin archive needs so that modern Jenkins loads it as Hudson 1.395 does (see
 * docs/compatibility.md): the plugin's identity in the manifest, {@code Jenkins-Version} the oldest supported LTS,
 * {@code Hudson-Version} for Hudson, classes only in {@code WEB-INF/lib/<Short-Name>.jar}, whose own manifest repeats
 * the identity and which holds the extension index.
 */
final class HpiRules {

    private static final List<String> IDENTITY = List.of("Short-Name", "Long-Name", "Plugin-Version", "Url");
    private static final List<String> REPEATED = List.of("Short-Name", "Plugin-Version", "Jenkins-Version");
    private static final String EXTENSION_INDEX = "META-INF/annotations/hudson.Extension";

    private HpiRules() {}

    /** Every rule {@code hpi} breaks, in words; {@code plugin} holds its classes (for {@code Plugin-Class}). */
    static List<String> check(Path hpi, String jenkinsVersion, String hudsonVersion, Map<String, ApiClass> plugin) {
        List<String> problems = new ArrayList<>();
        try (JarFile archive = new JarFile(hpi.toFile())) {
            Attributes main = archive.getManifest() == null ? new Attributes() : archive.getManifest().getMainAttributes();
            for (String name : IDENTITY) {
                if (blank(main.getValue(name))) {
                    problems.add("manifest: " + name + " is missing");
                }
            }
            expect(problems, "manifest", main, "Jenkins-Version", jenkinsVersion);
            expect(problems, "manifest", main, "Hudson-Version", hudsonVersion);
            String pluginClass = main.getValue("Plugin-Class");
            if (pluginClass != null && !extendsPlugin(pluginClass.replace('.', '/'), plugin)) {
                problems.add("manifest: Plugin-Class " + pluginClass + " is not a hudson.Plugin of this plugin");
            }
            if (archive.stream().anyMatch(e -> e.getName().startsWith("WEB-INF/classes/"))) {
                problems.add("layout: WEB-INF/classes must not exist; classes belong in WEB-INF/lib/"
                        + main.getValue("Short-Name") + ".jar");
            }
            String jarName = "WEB-INF/lib/" + main.getValue("Short-Name") + ".jar";
            ZipEntry jar = archive.getEntry(jarName);
            if (jar == null) {
                problems.add("layout: " + jarName + " is missing");
            } else {
                try (InputStream in = archive.getInputStream(jar)) {
                    checkPluginJar(jarName, new JarInputStream(in), main, problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(hpi + ": " + e.getMessage(), e);
        }
        return problems;
    }

    private static void checkPluginJar(String jarName, JarInputStream jar, Attributes main, List<String> problems)
            throws IOException {
        Manifest manifest = jar.getManifest();
        Attributes own = manifest == null ? new Attributes() : manifest.getMainAttributes();
        for (String name : REPEATED) {
            expect(problems, jarName + " manifest", own, name, main.getValue(name));
        }
        boolean index = false;
        for (JarEntry e = jar.getNextJarEntry(); e != null && !index; e = jar.getNextJarEntry()) {
            index = e.getName().equals(EXTENSION_INDEX);
        }
        if (!index) {
            problems.add("layout: " + jarName + " has no " + EXTENSION_INDEX + " (no extension would load)");
        }
    }

    private static void expect(List<String> problems, String where, Attributes attributes, String name,
            String expected) {
        String actual = attributes.getValue(name);
        if (expected != null && !expected.equals(actual)) {
            problems.add(where + ": " + name + " is " + (actual == null ? "missing" : "'" + actual + "'")
                    + ", expected '" + expected + "'");
        }
    }

    private static boolean extendsPlugin(String name, Map<String, ApiClass> plugin) {
        for (ApiClass c = plugin.get(name); c != null; c = plugin.get(c.superName())) {
            if ("hudson/Plugin".equals(c.superName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
