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
import java.io.PrintWriter;

/**
 * {@code convert [FILE]}: prints the 1.x form of a Drone 0.8 file. A file that is already 1.x is printed
 * unchanged (normalising would drop comments and could retype values), so the command is safe to run on any file.
 */
final class ConvertCommand implements CliCommand {

    @Override
    public Usage usage() {
        return Usage.of("Print the Drone 1.x form of a 0.8 (pipeline:) file; 1.x files are printed unchanged.")
                .positional("FILE", ".drone.yml", "the file to convert")
                .value("--remote-url", "URL", "repository clone URL or web link; fills an empty 0.8 workspace like Drone does");
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) {
        Path file = args.file();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ": cannot read the file: " + e.getMessage());
            return 1;
        }
        if (!LegacyFormat.isLegacy(text)) {
            out.print(text);
            return 0;
        }
        ParseResult result = ManifestParser.parse(file.toString(), text,
                ParseOptions.forRepository(args.value("--remote-url", "")));
        result.diagnostics().forEach(d -> err.println(d.format()));
        if (result.hasErrors()) {
            return 1;
        }
        out.print(ManifestPrinter.print(result.manifest()));
        return 0;
    }
}
