package io.jenkins.plugins.drone.compat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build's Jenkins compatibility guard: checks that the plugin's classes and its {@code .hpi} only link to API
 * that each Jenkins version of {@code src/compat/data} has, and that the {@code .hpi} has the manifest and layout
 * modern Jenkins needs. Prints every problem and {@code N references checked, M missing} per artefact and Jenkins
 * version; exits 1 when anything is missing. See docs/compatibility.md.
 *
 * <p>{@code CheckJenkinsApi --data DIR --servlet-api JAR --jenkins-version V --hudson-version V ARTEFACT...}, where
 * DIR holds one surface (and sub-folders with more), an artefact is a class directory, a jar or an {@code .hpi}.
 */
public final class CheckJenkinsApi {

    private CheckJenkinsApi() {}

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<Path> artefacts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                artefacts.add(Path.of(args[i]));
            }
        }
        for (String required : List.of("--data", "--servlet-api", "--jenkins-version", "--hudson-version")) {
            if (!options.containsKey(required) || artefacts.isEmpty()) {
                System.err.println("usage: CheckJenkinsApi --data DIR --servlet-api JAR --jenkins-version V"
                        + " --hudson-version V ARTEFACT...");
                System.exit(2);
            }
        }
        System.exit(run(options, artefacts) ? 0 : 1);
    }

    /** Checks every artefact against every surface; true when nothing is missing. */
    static boolean run(Map<String, String> options, List<Path> artefacts) {
        Path data = Path.of(options.get("--data"));
        Path servlet = Path.of(options.get("--servlet-api"));
        List<ApiSurface> surfaces = List.of(ApiSurface.load(data, servlet),
                ApiSurface.load(data.resolve("lts-" + options.get("--jenkins-version")), servlet));
        boolean ok = true;
        for (Path artefact : artefacts) {
            Map<String, ApiClass> classes = new HashMap<>();
            Map<Reference, String> references = new LinkedHashMap<>();
            ClassFiles.forEach(artefact, (path, bytes) -> {
                ApiClass c = ClassFiles.declared(bytes, true);
                classes.put(c.name(), c);
                ReferenceCollector.collect(bytes, references);
            });
            String name = artefact.getFileName().toString();
            for (ApiSurface surface : surfaces) {
                ApiReport report = ApiCheck.run(name, classes, references, surface);
                if (options.containsKey("--verbose")) {
                    report.checked().forEach(c -> System.out.println("CHECKED " + c));
                }
                report.missing().forEach(m -> System.out.println("MISSING " + m));
                report.warnings().forEach(w -> System.out.println("WARNING " + w));
                System.out.println(report.summary());
                ok &= report.missing().isEmpty();
            }
            if (name.endsWith(".hpi")) {
                List<String> problems = HpiRules.check(artefact, options.get("--jenkins-version"),
                        options.get("--hudson-version"), classes);
                problems.forEach(p -> System.out.println("MISSING " + p));
                System.out.println(name + " manifest and layout: " + problems.size() + " problems");
                ok &= problems.isEmpty();
            }
        }
        return ok;
    }
}
