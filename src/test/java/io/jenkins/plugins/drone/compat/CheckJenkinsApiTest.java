package io.jenkins.plugins.drone.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Proves the API guard on tiny classes compiled here against Hudson 1.395: a method or class Jenkins lacks is
// reported with its user, a member found only through superclasses (Jenkins', the JDK's, or the plugin's own) is
// not, a static/instance mismatch is reported, and a @Restricted member gives a warning. Real data where it can,
// a small hand-written surface where the case needs a precise API.
class CheckJenkinsApiTest {

    private static final Path DATA = Path.of("src/compat/data");
    private static final Path SERVLET = Path.of("target/compat/javax.servlet-api.jar");
    private static final Map<String, String> SAMPLES = Map.of(
            "Wraps", """
                    public class Wraps {
                        Exception wrap(Exception e) { return new hudson.util.IOException2("x", e); }
                    }""",
            "MyBuilder", """
                    public abstract class MyBuilder extends hudson.tasks.Builder {
                        String name(hudson.model.FreeStyleProject p) {
                            return p.getName() + new hudson.AbortException("x").getMessage();
                        }
                        String mine() { return getDescriptor().getDisplayName(); }
                    }""",
            "Uses", """
                    public class Uses {
                        String a(String s) { return hudson.Util.fixNull(s) + hudson.Util.fixEmpty(s); }
                    }""",
            "UsesFixEmpty", "public class UsesFixEmpty { String a(String s) { return hudson.Util.fixEmpty(s); } }");

    @TempDir
    static Path compiled;
    private static ApiSurface latest;
    private static ApiSurface lts;

    @TempDir
    Path dir;

    /** Compiles the sample classes against Hudson 1.395 (the test class path) once, and loads the real data. */
    @BeforeAll
    static void compileSamplesAndLoadData() throws IOException {
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-cp",
                System.getProperty("java.class.path"), "-d", compiled.toString()));
        for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
            Path source = compiled.resolve(sample.getKey() + ".java");
            Files.writeString(source, sample.getValue());
            args.add(source.toString());
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        latest = ApiSurface.load(DATA, SERVLET);
        lts = ApiSurface.load(DATA.resolve("lts-2.479.3"), SERVLET);
    }

    @Test
    void classRemovedFromJenkinsIsMissingThereButNotInTheLtsThatStillHasIt() throws Exception {
        Map<String, ApiClass> classes = new HashMap<>();
        Map<Reference, String> refs = sample("Wraps", classes);
        ApiReport inLatest = ApiCheck.run("classes", classes, refs, latest);
        assertEquals(List.of(
                "class hudson.util.IOException2 (used by Wraps)",
                "constructor hudson.util.IOException2(Ljava/lang/String;Ljava/lang/Throwable;)V (used by Wraps):"
                        + " its class is missing"), inLatest.missing());
        ApiReport inLts = ApiCheck.run("classes", classes, refs, lts);
        assertEquals(List.of(), inLts.missing());
        assertEquals(inLatest.checked(), inLts.checked());
    }

    @Test
    void inheritedMembersAreFoundThroughJenkinsJdkAndPluginSuperclasses() throws Exception {
        Map<String, ApiClass> classes = new HashMap<>();
        Map<Reference, String> refs = sample("MyBuilder", classes);
        ApiReport report = ApiCheck.run("classes", classes, refs, latest);
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
        Files.copy(compiled.resolve("UsesFixEmpty.class"),
                Files.createDirectories(dir.resolve("classes")).resolve("UsesFixEmpty.class"));
        Map<String, String> options = Map.of("--data", dir.resolve("data").toString(), "--servlet-api",
                SERVLET.toString(), "--jenkins-version", "9.9", "--hudson-version", "1.395");
        assertEquals(false, CheckJenkinsApi.run(options, List.of(dir.resolve("classes"))));
        Files.delete(dir.resolve("classes/UsesFixEmpty.class"));
        assertEquals(true, CheckJenkinsApi.run(options, List.of(dir.resolve("classes"))));
    }

    /** Checks a class calling the static {@code hudson.Util.fixNull} and {@code fixEmpty} against dir/data. */
    private ApiReport checkFixNullAndFixEmpty() throws IOException {
        Map<String, ApiClass> classes = new HashMap<>();
        Map<Reference, String> refs = sample("Uses", classes);
        return ApiCheck.run("classes", classes, refs, ApiSurface.load(dir.resolve("data"), SERVLET));
    }

    private void writeSurface(String core) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("jenkins-core-api.txt"), "# jenkins-version: 9.9 (test)\n" + core);
        Files.writeString(data.resolve("stapler-api.txt"), "");
        Files.writeString(data.resolve("remoting-api.txt"), "");
        Files.writeString(data.resolve("detached-plugins-map.txt"), "");
    }

    /** The references of one compiled sample class; adds the class to {@code classes}. */
    private static Map<Reference, String> sample(String name, Map<String, ApiClass> classes) throws IOException {
        byte[] bytes = Files.readAllBytes(compiled.resolve(name + ".class"));
        ApiClass c = ClassFiles.declared(bytes, true);
        classes.put(c.name(), c);
        Map<Reference, String> refs = new LinkedHashMap<>();
        ReferenceCollector.collect(bytes, refs);
        return refs;
    }
}
