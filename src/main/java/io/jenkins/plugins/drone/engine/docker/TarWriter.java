package io.jenkins.plugins.drone.engine.docker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Packs a directory tree into a tar file under a path prefix, keeping executable bits and symlinks. */
final class TarWriter {

    private TarWriter() {}

    static void write(Path dir, String prefix, Path tarFile) throws IOException {
        String root = prefix.isEmpty() ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
        try (OutputStream out = Files.newOutputStream(tarFile);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
             Stream<Path> files = Files.walk(dir)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = root + dir.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                add(tar, file, name);
            }
        }
    }

    private static void add(TarArchiveOutputStream tar, Path file, String name) throws IOException {
        if (Files.isSymbolicLink(file)) {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(file).toString());
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
            return;
        }
        boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
        TarArchiveEntry entry = new TarArchiveEntry(file, directory ? name + "/" : name, LinkOption.NOFOLLOW_LINKS);
        entry.setMode(directory || Files.isExecutable(file) ? 0755 | (directory ? 040000 : 0100000) : 0100644);
        tar.putArchiveEntry(entry);
        if (!directory) {
            Files.copy(file, tar);
        }
        tar.closeArchiveEntry();
    }

    /** A tar holding one empty directory: Docker will not import an empty archive as an image. */
    static byte[] singleDirectory(String name) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry entry = new TarArchiveEntry(name + "/");
            entry.setMode(040755);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
