package io.jenkins.plugins.drone.freestyle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Turns {@code hudson.tasks.Shell} builders into steps. Jenkins runs a script as {@code sh -xe} (stop at the
 * first failure), which is what Drone's generated script does with one command per entry, so a plain script
 * is split with {@link ShellCommandSplitter} and its leading literal exports move to {@code environment}
 * ({@link LeadingExports}). A script with a shebang is kept whole ({@link ShebangScript}).
 */
final class ShellSteps {

    static final String SHELL = "hudson.tasks.Shell";

    private final String image;
    private final Findings findings;
    private final StepNames names = new StepNames();

    ShellSteps(String image, Findings findings) {
        this.image = image;
        this.findings = findings;
    }

    /** The step for the shell builder at {@code position} (1-based among all builders); empty scripts give none. */
    Optional<StepDraft> convert(int position, Element shell) {
        String script = Xml.text(shell, "command").replace("\r\n", "\n");
        String name = names.next(position, script);
        String unstable = Xml.text(shell, "unstableReturn").strip();
        if (!unstable.isEmpty()) {
            findings.warn(name + ": Jenkins marked the build unstable on exit code " + unstable
                    + "; Drone has no unstable status, so that exit code fails the step");
        }
        if (ShebangScript.appliesTo(script)) {
            ShebangScript shebang = ShebangScript.of(script);
            if (!shebang.interpreterLine().equals("/bin/sh")) {
                findings.warn(name + ": the script runs with '" + shebang.interpreterLine()
                        + "' as in Jenkins; the image " + image + " must provide it");
            }
            return Optional.of(new StepDraft(name, image, List.of(shebang.command(name)), Map.of()));
        }
        LeadingExports.Split split = LeadingExports.split(ShellCommandSplitter.split(script));
        if (split.commands().isEmpty()) {
            findings.warn("build step " + position + " (" + SHELL + ") has no commands; no step was made for it");
            return Optional.empty();
        }
        return Optional.of(new StepDraft(name, image, split.commands(), split.environment()));
    }
}
