package io.jenkins.plugins.drone.cli;

import io.jenkins.plugins.drone.spec.Signer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code sign [FILE] --key-file PATH | --key KEY [--save]}: prints the {@code kind: signature} document of the file,
 * as {@code drone sign} does (docs/drone-semantics.md#signatures); {@code --save} writes the file back with it.
 */
final class SignCommand implements CliCommand {

    @Override
    public Usage usage() {
        return Usage.of("Print the kind: signature document of a .drone.yml for a job in protected mode.")
                .positional("FILE", ".drone.yml", "the file to sign")
                .value("--key-file", "PATH", "file holding the job's signing key (at least 32 bytes; one line)")
                .value("--key", "KEY", "the signing key itself (others on the machine can see it: prefer --key-file)")
                .flag("--save", "write the file with its signature document instead of printing the document");
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) throws UsageException, IOException {
        String key = key(args);
        Path file = args.file();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (key.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new UsageException("sign", "the signing key must be at least 32 bytes");
        }
        if (args.flag("--save")) {
            Files.writeString(file, Signer.resign(text, key), StandardCharsets.UTF_8);
            out.println("signed " + file);
        } else {
            out.print(Signer.document(text, key));
        }
        return 0;
    }

    private static String key(Arguments args) throws UsageException, IOException {
        String path = args.value("--key-file", null);
        String given = args.value("--key", null);
        if ((path == null) == (given == null)) {
            throw new UsageException("sign", "give the signing key with exactly one of --key-file or --key");
        }
        return path == null ? given : Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
    }
}
