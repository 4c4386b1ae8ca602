package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.freestyle.Conversion;
import io.jenkins.plugins.drone.freestyle.FreestyleConverter;
import io.jenkins.plugins.drone.freestyle.InvalidJobConfigException;
import io.jenkins.plugins.drone.freestyle.Options;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert-job CONFIG_XML}: prints a {@code .drone.yml} for a freestyle job, warnings on stderr. */
@Command(name = "convert-job", mixinStandardHelpOptions = true,
        description = "Convert a Jenkins freestyle job's config.xml into a .drone.yml (printed on stdout).")
public final class ConvertJobCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONFIG_XML", description = "the job's config.xml (JENKINS_HOME/jobs/NAME/config.xml)")
    private Path config;

    @Option(names = "--image", paramLabel = "IMAGE", description = "image for every step (default: ${DEFAULT-VALUE})")
    private String image = Options.DEFAULT_IMAGE;

    @Option(names = "--name", paramLabel = "NAME", description = "pipeline name (default: ${DEFAULT-VALUE})")
    private String name = Options.DEFAULT_PIPELINE_NAME;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String xml;
        try {
            xml = Files.readString(config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(config + ": cannot read: " + e);
            err.flush();
            return 1;
        }
        try {
            Conversion conversion = FreestyleConverter.convert(xml, new Options(image, name));
            PrintWriter out = spec.commandLine().getOut();
            out.print(conversion.yaml());
            out.flush();
            conversion.warnings().forEach(warning -> err.println(config + ": warning: " + warning));
            err.flush();
            return 0;
        } catch (InvalidJobConfigException e) {
            err.println(e.format(config.toString()));
            err.flush();
            return 1;
        }
    }
}
