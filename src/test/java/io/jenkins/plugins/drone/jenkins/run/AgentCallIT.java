package io.jenkins.plugins.drone.jenkins.run;

import hudson.remoting.Callable;
import hudson.slaves.DumbSlave;
import java.io.IOException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jvnet.hudson.test.HudsonTestCase;

/**
 * Proves on a real agent of a real Hudson 1.395 that interrupting the controller thread which waits for a pipeline call
 * leaves the call running on the agent, as a controller going down needs (its executors are interrupted before the
 * channels close); and that remoting's own untimed wait, which {@link AgentCall} avoids, would have cancelled it.
 */
public class AgentCallIT extends HudsonTestCase {

    public void testAnInterruptedWaitLeavesTheCallRunningOnTheAgent() throws Exception {
        DumbSlave agent = createOnlineSlave();
        Future<String> call = agent.getChannel().callAsync(new Sleep(4000));

        interruptWhileWaiting(() -> AgentCall.result(call));

        assertEquals("slept", call.get(60, TimeUnit.SECONDS));
    }

    public void testRemotingsUntimedWaitCancelsTheCallWhenInterrupted() throws Exception {
        DumbSlave agent = createOnlineSlave();
        Future<String> call = agent.getChannel().callAsync(new Sleep(4000));

        interruptWhileWaiting(call::get);

        assertEquals("the untimed wait cancelled the call on the agent", "interrupted", call.get(60, TimeUnit.SECONDS));
    }

    /** Runs {@code wait} on a thread of its own, interrupts it once it waits, and waits for it to end. */
    private static void interruptWhileWaiting(Wait wait) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            try {
                wait.run();
            } catch (Exception e) {
                // interrupted, as intended
            }
        });
        waiter.start();
        Thread.sleep(1000);
        waiter.interrupt();
        waiter.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(waiter.isAlive());
    }

    /** A wait for a call's result. */
    private interface Wait {
        void run() throws Exception;
    }

    /** Sleeps on the agent; says whether it was interrupted. */
    private static final class Sleep implements Callable<String, IOException> {
        private static final long serialVersionUID = 1L;
        private final long millis;

        Sleep(long millis) {
            this.millis = millis;
        }

        @Override
        public String call() {
            try {
                Thread.sleep(millis);
                return "slept";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        }
    }
}
