package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.spec.ManifestParser;
import io.jenkins.plugins.drone.spec.ParseOptions;
import io.jenkins.plugins.drone.spec.ParseResult;
import io.jenkins.plugins.drone.spec.legacy.LegacyFormat;
import io.jenkins.plugins.drone.spec.print.ManifestPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code convert [FILE]}: prints the 1.x form of a Drone 0.8 file. A file that is already 1.x is printed
 * unchanged (normalising would drop comments and could retype values), so the command is safe to run on any file.
 */
@Command(name = "convert", description = "Print the Drone 1.x form of a 0.8 (pipeline:) file; 1.x files are printed unchanged.")
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = ".drone.yml", description = "The file to convert (default: ${DEFAULT-VALUE}).")
    private Path file;

    @Option(names = "--remote-url", defaultValue = "", description = "Repository clone URL or web link; fills an empty 0.8 workspace like Drone does.")
    private String remoteUrl;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println(file + ": cannot read the file: " + e.getMessage());
            return 1;
        }
        if (!LegacyFormat.isLegacy(text)) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        ParseResult result = ManifestParser.parse(file.toString(), text, ParseOptions.forRepository(remoteUrl));
        result.diagnostics().forEach(d -> spec.commandLine().getErr().println(d.format()));
        spec.commandLine().getErr().flush();
        if (result.hasErrors()) {
            return 1;
        }
        spec.commandLine().getOut().print(ManifestPrinter.print(result.manifest()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
