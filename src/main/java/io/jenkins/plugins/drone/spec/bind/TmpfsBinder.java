package io.jenkins.plugins.drone.spec.bind;

import io.jenkins.plugins.drone.spec.Diagnostic;
import io.jenkins.plugins.drone.spec.Tmpfs;
import io.jenkins.plugins.drone.spec.YamlValue;
import java.util.ArrayList;
import java.util.List;

/** Binds docker-compose's {@code tmpfs:} of a step or service (docs/drone-semantics.md#tmpfs). */
final class TmpfsBinder {

    private TmpfsBinder() {}

    /** {@code tmpfs:} entries, each {@code /path} or {@code /path:size}. */
    static List<Tmpfs> tmpfs(Fields f, String where) {
        List<Tmpfs> mounts = new ArrayList<>();
        for (YamlValue item : f.list("tmpfs", item -> item)) {
            String text = f.text(item, "tmpfs");
            int colon = text.indexOf(':');
            String path = colon < 0 ? text : text.substring(0, colon);
            long size = colon < 0 ? 0 : ByteSize.parse(text.substring(colon + 1));
            if (!path.startsWith("/")) {
                f.problems().add(Diagnostic.error(item.position(), "`tmpfs` of " + where
                        + " needs an absolute container path, not `" + text + "`"));
            } else if (size < 0) {
                f.problems().add(Diagnostic.error(item.position(), "`tmpfs` of " + where + ": `"
                        + text.substring(colon + 1) + "` is not a size such as `64m` or `1g`"));
            } else {
                mounts.add(new Tmpfs(path, size, item.position()));
            }
        }
        return mounts;
    }
}
