package io.jenkins.plugins.drone.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the API guard on tiny classes compiled here against Hudson 1.395: a method or class Jenkins lacks is
// reported with its user, a member found only through superclasses (Jenkins', the JDK's, or the plugin's own) is
// not, a static/instance mismatch is reported, and a @Restricted member gives a warning. Real data where it can,
// a small hand-written surface where the case needs a precise API.
class CheckJenkinsApiTest {

    @TempDir
    Path dir;

    private static final Path DATA = Path.of("src/compat/data");
    private static final Path SERVLET = Path.of("target/compat/javax.servlet-api.jar");

    @Test
    void classRemovedFromJenkinsIsMissingThereButNotInTheLtsThatStillHasIt() throws Exception {
        Map<String, ApiClass> classes = new HashMap<>();
        Map<Reference, String> refs = compile("Wraps", """
                public class Wraps {
                    Exception wrap(Exception e) { return new hudson.util.IOException2("x", e); }
                }""", classes);
        ApiReport latest = ApiCheck.run("classes", classes, refs, ApiSurface.load(DATA, SERVLET));
        assertEquals(List.of(
                "class hudson.util.IOException2 (used by Wraps)",
                "constructor hudson.util.IOException2(Ljava/lang/String;Ljava/lang/Throwable;)V (used by Wraps):"
                        + " its class is missing"), latest.missing());
        ApiReport lts = ApiCheck.run("classes", classes, refs, ApiSurface.load(DATA.resolve("lts-2.479.3"), SERVLET));
        assertEquals(List.of(), lts.missing());
        assertEquals(latest.checked(), lts.checked());
    }

    @Test
    void inheritedMembersAreFoundThroughJenkinsJdkAndPluginSuperclasses() throws Exception {
        Map<String, ApiClass> classes = new HashMap<>();
        Map<Reference, String> refs = compile("MyBuilder", """
                public abstract class MyBuilder extends hudson.tasks.Builder {
                    String name(hudson.model.FreeStyleProject p) { return p.getName() + new hudson.AbortException("x").getMessage(); }
                    String mine() { return getDescriptor().getDisplayName(); }
                }""", classes);
        ApiReport report = ApiCheck.run("classes", classes, refs, ApiSurface.load(DATA, SERVLET));
        assertEquals(List.of(), report.missing());
        assertEquals(List.of(), report.warnings());
        assertEquals(0, report.unverified());
        assertEquals(List.of("class hudson.AbortException", "class hudson.model.Descriptor",
                "class hudson.model.FreeStyleProject", "class hudson.tasks.Builder",
                "constructor hudson.AbortException(Ljava/lang/String;)V", "constructor hudson.tasks.Builder()V",
                "method MyBuilder.getDescriptor()Lhudson/model/Descriptor;",
                "method hudson.AbortException.getMessage()Ljava/lang/String;",
                "method hudson.model.Descriptor.getDisplayName()Ljava/lang/String;",
                "method hudson.model.FreeStyleProject.getName()Ljava/lang/String;"), report.checked());
    }

    @Test
    void methodMissingFromTheSurfaceIsReportedWithItsUser() throws Exception {
        writeSurface("""
                CLASS\thudson.Util\tclass\t-\t-\tpublic\tcore
                METHOD\thudson.Util\tfixNull\tjava.lang.String\tjava.lang.String\tpublic,static\t(Ljava/lang/String;)Ljava/lang/String;
                """);
        ApiReport report = checkFixNullAndFixEmpty();
        assertEquals(List.of("method hudson.Util.fixEmpty(Ljava/lang/String;)Ljava/lang/String; (used by Uses):"
                + " not found in Jenkins 9.9"), report.missing());
        assertEquals(3, report.checked().size(), "hudson.Util, fixNull, fixEmpty");
        assertTrue(report.summary().endsWith("classes against Jenkins 9.9: 3 references checked, 1 missing"),
                report.summary());
    }

    @Test
    void staticMismatchIsMissingAndRestrictedApiIsAWarning() throws Exception {
        writeSurface("""
                CLASS\thudson.Util\tclass\t-\t-\tpublic\tcore
                METHOD\thudson.Util\tfixNull\tjava.lang.String\tjava.lang.String\tpublic\t(Ljava/lang/String;)Ljava/lang/String;
                METHOD\thudson.Util\tfixEmpty\tjava.lang.String\tjava.lang.String\tpublic,static,restricted=NoExternalUse\t(Ljava/lang/String;)Ljava/lang/String;
                """);
        ApiReport report = checkFixNullAndFixEmpty();
        assertEquals(List.of("method hudson.Util.fixNull(Ljava/lang/String;)Ljava/lang/String; (used by Uses):"
                + " it is not static in Jenkins 9.9"), report.missing());
        assertEquals(List.of("method hudson.Util.fixEmpty(Ljava/lang/String;)Ljava/lang/String; (used by Uses):"
                + " @Restricted(NoExternalUse)"), report.warnings());
    }

    @Test
    void mainFailsWhenAReferenceIsMissing() throws Exception {
        writeSurface("CLASS\thudson.Util\tclass\t-\t-\tpublic\tcore\n");
        Files.createDirectories(dir.resolve("data/lts-9.9"));
        for (String f : List.of("jenkins-core-api.txt", "stapler-api.txt", "remoting-api.txt", "detached-plugins-map.txt")) {
            Files.copy(dir.resolve("data").resolve(f), dir.resolve("data/lts-9.9").resolve(f));
        }
        compile("Uses", "public class Uses { String a(String s) { return hudson.Util.fixEmpty(s); } }", new HashMap<>());
        Map<String, String> options = Map.of("--data", dir.resolve("data").toString(), "--servlet-api",
                SERVLET.toString(), "--jenkins-version", "9.9", "--hudson-version", "1.395");
        assertEquals(false, CheckJenkinsApi.run(options, List.of(dir.resolve("classes"))));
        Files.delete(dir.resolve("classes/Uses.class"));
        assertEquals(true, CheckJenkinsApi.run(options, List.of(dir.resolve("classes"))));
    }

    /** Checks a class calling the static {@code hudson.Util.fixNull} and {@code fixEmpty} against dir/data. */
    private ApiReport checkFixNullAndFixEmpty() throws IOException {
        Map<String, ApiClass> classes = new HashMap<>();
        Map<Reference, String> refs = compile("Uses", """
                public class Uses {
                    String a(String s) { return hudson.Util.fixNull(s) + hudson.Util.fixEmpty(s); }
                }""", classes);
        return ApiCheck.run("classes", classes, refs, ApiSurface.load(dir.resolve("data"), SERVLET));
    }

    private void writeSurface(String core) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("jenkins-core-api.txt"), "# jenkins-version: 9.9 (test)\n" + core);
        Files.writeString(data.resolve("stapler-api.txt"), "");
        Files.writeString(data.resolve("remoting-api.txt"), "");
        Files.writeString(data.resolve("detached-plugins-map.txt"), "");
    }

    /** Compiles one class against Hudson 1.395 into dir/classes; returns its references, adds its classes. */
    private Map<Reference, String> compile(String name, String source, Map<String, ApiClass> classes)
            throws IOException {
        Path src = Files.createDirectories(dir.resolve("src")).resolve(name + ".java");
        Files.writeString(src, source);
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // The test class path: Hudson 1.395 core and what it needs.
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-proc:none", "-cp",
                System.getProperty("java.class.path"), "-d",
                out.toString(), src.toString()));
        Map<Reference, String> refs = new LinkedHashMap<>();
        ClassFiles.forEach(out, (path, bytes) -> {
            ApiClass c = ClassFiles.declared(bytes, true);
            classes.put(c.name(), c);
            ReferenceCollector.collect(bytes, refs);
        });
        return refs;
    }
}
