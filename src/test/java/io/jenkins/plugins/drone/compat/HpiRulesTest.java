package io.jenkins.plugins.drone.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the .hpi rules: an archive laid out as the build makes it passes; a wrong Jenkins-Version, a missing
// Hudson-Version and Url, classes in WEB-INF/classes, and a plugin jar without repeated manifest entries or
// extension index are each reported; a Plugin-Class that is not a hudson.Plugin is reported, one that is passes.
class HpiRulesTest {

    private static final Map<String, String> IDENTITY = Map.of("Short-Name", "demo", "Long-Name", "Demo",
            "Plugin-Version", "1.0", "Url", "https://example.org/demo", "Jenkins-Version", "2.479.3",
            "Hudson-Version", "1.395");

    @TempDir
    Path dir;

    @Test
    void archiveAsTheBuildMakesItPasses() throws IOException {
        Path hpi = hpi(IDENTITY, "WEB-INF/lib/demo.jar", pluginJar(Map.of("Short-Name", "demo", "Plugin-Version", "1.0",
                "Jenkins-Version", "2.479.3"), true));
        assertEquals(List.of(), HpiRules.check(hpi, "2.479.3", "1.395", Map.of()));
    }

    @Test
    void everyBrokenRuleIsReported() throws IOException {
        Map<String, String> manifest = new java.util.HashMap<>(IDENTITY);
        manifest.put("Jenkins-Version", "1.395");
        manifest.remove("Hudson-Version");
        manifest.remove("Url");
        manifest.put("Plugin-Class", "demo.NotAPlugin");
        Path hpi = hpi(manifest, "WEB-INF/classes/demo/A.class", new byte[0]);
        assertEquals(List.of(
                "manifest: Url is missing",
                "manifest: Jenkins-Version is '1.395', expected '2.479.3'",
                "manifest: Hudson-Version is missing, expected '1.395'",
                "manifest: Plugin-Class demo.NotAPlugin is not a hudson.Plugin of this plugin",
                "layout: WEB-INF/classes must not exist; classes belong in WEB-INF/lib/demo.jar",
                "layout: WEB-INF/lib/demo.jar is missing"),
                HpiRules.check(hpi, "2.479.3", "1.395", Map.of()));
    }

    @Test
    void pluginJarMustRepeatTheIdentityAndHoldTheExtensionIndex() throws IOException {
        Path hpi = hpi(IDENTITY, "WEB-INF/lib/demo.jar", pluginJar(Map.of("Short-Name", "demo"), false));
        assertEquals(List.of(
                "WEB-INF/lib/demo.jar manifest: Plugin-Version is missing, expected '1.0'",
                "WEB-INF/lib/demo.jar manifest: Jenkins-Version is missing, expected '2.479.3'",
                "layout: WEB-INF/lib/demo.jar has no META-INF/annotations/hudson.Extension (no extension would load)"),
                HpiRules.check(hpi, "2.479.3", "1.395", Map.of()));
    }

    @Test
    void pluginClassMustExtendHudsonPlugin() throws IOException {
        Map<String, String> manifest = new java.util.HashMap<>(IDENTITY);
        manifest.put("Plugin-Class", "demo.DemoPlugin");
        Path hpi = hpi(manifest, "WEB-INF/lib/demo.jar", pluginJar(Map.of("Short-Name", "demo", "Plugin-Version", "1.0",
                "Jenkins-Version", "2.479.3"), true));
        Map<String, ApiClass> plugin = Map.of(
                "demo/DemoPlugin", new ApiClass("demo/DemoPlugin", false, "demo/Base", List.of(), Map.of()),
                "demo/Base", new ApiClass("demo/Base", false, "hudson/Plugin", List.of(), Map.of()));
        assertEquals(List.of(), HpiRules.check(hpi, "2.479.3", "1.395", plugin));
    }

    private Path hpi(Map<String, String> attributes, String entry, byte[] content) throws IOException {
        Path hpi = dir.resolve("demo.hpi");
        try (OutputStream out = Files.newOutputStream(hpi)) {
            write(out, attributes, Map.of(entry, content));
        }
        return hpi;
    }

    private static byte[] pluginJar(Map<String, String> attributes, boolean extensionIndex) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, attributes, extensionIndex
                ? Map.of("META-INF/annotations/hudson.Extension", new byte[0]) : Map.of("demo/A.class", new byte[0]));
        return bytes.toByteArray();
    }

    private static void write(OutputStream out, Map<String, String> attributes, Map<String, byte[]> entries)
            throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
    }
}
