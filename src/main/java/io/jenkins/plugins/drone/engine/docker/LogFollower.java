package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.util.function.Consumer;

/**
 * Receives a container's multiplexed log frames and sends whole lines, stdout and stderr each split on
 * its own so that interleaved writes do not garble each other's lines.
 */
final class LogFollower extends ResultCallback.Adapter<Frame> {

    private final LineSplitter stdout;
    private final LineSplitter stderr;

    LogFollower(Consumer<String> lines) {
        Consumer<String> serialized = line -> {
            synchronized (this) {
                lines.accept(line);
            }
        };
        stdout = new LineSplitter(serialized);
        stderr = new LineSplitter(serialized);
    }

    @Override
    public void onNext(Frame frame) {
        (frame.getStreamType() == StreamType.STDERR ? stderr : stdout).accept(frame.getPayload());
    }

    @Override
    public void onComplete() {
        stdout.flush();
        stderr.flush();
        super.onComplete();
    }
}
