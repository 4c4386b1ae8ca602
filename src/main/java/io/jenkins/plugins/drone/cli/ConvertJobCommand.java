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

/** {@code convert-job CONFIG_XML}: prints a {@code .drone.yml} for a freestyle job, warnings on stderr. */
final class ConvertJobCommand implements CliCommand {

    @Override
    public Usage usage() {
        return Usage.of("Convert a Jenkins freestyle job's config.xml into a .drone.yml (printed on stdout).")
                .positional("CONFIG_XML", null, "the job's config.xml (JENKINS_HOME/jobs/NAME/config.xml)")
                .value("--image", "IMAGE", "image for every step (default: " + Options.DEFAULT_IMAGE + ")")
                .value("--name", "NAME", "pipeline name (default: " + Options.DEFAULT_PIPELINE_NAME + ")");
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) {
        Path config = args.file();
        String xml;
        try {
            xml = Files.readString(config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(config + ": cannot read: " + e);
            return 1;
        }
        Options options = new Options(args.value("--image", Options.DEFAULT_IMAGE),
                args.value("--name", Options.DEFAULT_PIPELINE_NAME));
        try {
            Conversion conversion = FreestyleConverter.convert(xml, options);
            out.print(conversion.yaml());
            conversion.warnings().forEach(warning -> err.println(config + ": warning: " + warning));
            return 0;
        } catch (InvalidJobConfigException e) {
            err.println(e.format(config.toString()));
            return 1;
        }
    }
}
