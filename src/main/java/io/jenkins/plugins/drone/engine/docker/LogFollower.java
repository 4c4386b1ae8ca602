package io.jenkins.plugins.drone.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.jenkins.plugins.drone.engine.LineSplitter;
import io.jenkins.plugins.drone.engine.LogSink;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Receives a container's multiplexed log frames and sends whole lines, stdout and stderr each split on
 * its own so that interleaved writes do not garble each other's lines. Once {@link #stop()} is called,
 * nothing more is sent: a killed step's backlog is not read to its end.
 */
final class LogFollower extends ResultCallback.Adapter<Frame> {

    private final LineSplitter stdout;
    private final LineSplitter stderr;
    private volatile boolean stopped;
    /** Its own end: docker-java's {@code awaitCompletion} with a timeout closes the stream when it times out. */
    private final CountDownLatch ended = new CountDownLatch(1);

    LogFollower(LogSink lines) {
        LogSink serialized = (text, continues) -> {
            synchronized (this) {
                if (!stopped) {
                    lines.accept(text, continues);
                }
            }
        };
        stdout = new LineSplitter(serialized);
        stderr = new LineSplitter(serialized);
    }

    @Override
    public void onNext(Frame frame) {
        if (!stopped) {
            (frame.getStreamType() == StreamType.STDERR ? stderr : stdout).accept(frame.getPayload());
        }
    }

    @Override
    public void onComplete() {
        if (!stopped) {
            stdout.flush();
            stderr.flush();
        }
        ended.countDown();
        super.onComplete();
    }

    /** Waits up to {@code millis} for the output to end; unlike {@code awaitCompletion} it closes nothing. */
    boolean awaitEnd(long millis) throws InterruptedException {
        return ended.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Drops whatever output is still to come. */
    void stop() {
        stopped = true;
    }
}
