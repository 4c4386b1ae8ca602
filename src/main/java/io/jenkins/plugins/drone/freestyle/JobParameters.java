package io.jenkins.plugins.drone.freestyle;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads {@code hudson.model.ParametersDefinitionProperty}: string, text, boolean and choice parameters become
 * variables with their default value (the first choice); a pipeline has no build form, so they are fixed values
 * from now on. Passwords become a hint to use a secret; other parameter types are reported.
 */
final class JobParameters {

    private static final String PREFIX = "hudson.model.";

    private JobParameters() {}

    static void read(Element property, Map<String, String> environment, Findings findings) {
        List<Element> definitions = Xml.child(property, "parameterDefinitions").map(Xml::children).orElse(List.of());
        StringBuilder fixed = new StringBuilder();
        for (Element definition : definitions) {
            String name = Xml.text(definition, "name").strip();
            String type = Xml.className(definition);
            String value = switch (type) {
                case PREFIX + "StringParameterDefinition", PREFIX + "TextParameterDefinition",
                        PREFIX + "BooleanParameterDefinition" -> Xml.text(definition, "defaultValue");
                case PREFIX + "ChoiceParameterDefinition" -> Xml.descendantTexts(definition, "string").stream()
                        .findFirst().orElse("");
                default -> null;
            };
            if (type.equals(PREFIX + "PasswordParameterDefinition")) {
                findings.notConverted("password parameter " + name, "properties",
                        "use a Drone secret: 'environment: {" + name + ": {from_secret: ...}}' in the steps that need it");
            } else if (value == null || !EnvironmentNames.isValid(name)) {
                findings.notConverted("parameter " + name + " (" + type + ")", "properties",
                        "set the value it stands for in the pipeline environment");
            } else {
                environment.put(name, value);
                fixed.append(fixed.isEmpty() ? "" : ", ").append(name);
            }
        }
        if (!fixed.isEmpty()) {
            findings.warn("build parameters become fixed pipeline environment variables with their default values: "
                    + fixed + "; edit .drone.yml to change them");
        }
    }
}
