package io.jenkins.plugins.drone.freestyle;

import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads the EnvInject plugin's job property: the literal {@code KEY=value} lines of "Properties Content" become
 * pipeline variables. Values that refer to other variables ({@code $}) are reported, because Drone does not
 * expand its environment; properties files and scripts are reported too. A disabled property is ignored.
 */
final class EnvInjectVariables {

    private static final String SECTION = "properties";
    private static final String HINT = "set these variables in the pipeline environment or export them in a step";

    private EnvInjectVariables() {}

    static boolean appliesTo(Element property) {
        return Xml.className(property).endsWith("EnvInjectJobProperty");
    }

    static void read(Element property, Map<String, String> environment, Findings findings) {
        if (Xml.text(property, "on").strip().equals("false")) {
            return;
        }
        Element info = Xml.child(property, "info").orElse(property);
        for (String line : Xml.text(info, "propertiesContent").split("\n")) {
            variable(line.strip(), environment, findings);
        }
        for (String source : new String[] {"propertiesFilePath", "scriptFilePath", "scriptContent"}) {
            String value = Xml.text(info, source).strip();
            if (!value.isEmpty()) {
                findings.notConverted("EnvInject " + source + " '" + value.lines().findFirst().orElse("") + "'",
                        SECTION, HINT);
            }
        }
    }

    private static void variable(String line, Map<String, String> environment, Findings findings) {
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
            return;
        }
        int equals = line.indexOf('=');
        String name = equals < 0 ? line : line.substring(0, equals).strip();
        String value = equals < 0 ? "" : line.substring(equals + 1).strip();
        if (equals < 0 || value.contains("$") || !EnvironmentNames.isValid(name)) {
            findings.notConverted(equals < 0 ? "EnvInject line '" + line + "'" : "EnvInject variable " + name, SECTION,
                    "only literal NAME=value lines convert (Drone does not expand variables in its environment); " + HINT);
        } else {
            environment.put(name, value);
        }
    }
}
