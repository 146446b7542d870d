package io.expresso.bench.fuzz;

import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.RuntimeConfig;
import io.expresso.runtime.StateMachine;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs cases one at a time through the real runtime (deploy, then execute, then wait) on one
 * event loop of its own, and judges each with {@link OutcomeOracle}. One at a time, so that a
 * Throwable the loop reports belongs to the case that ran.
 *
 * <p>A case that has not ended within the hang bound is a finding, and its runtime is retired: a
 * loop that never yields cannot be given back its thread. The runner asks the loop to stop, and
 * only if it is still running after a second stops its thread by force, then starts a new runtime.
 */
final class FuzzRunner implements AutoCloseable {

    /**
     * Makes {@link DefinitionGenerator#TIMEOUT_SECONDS} 60 ms, and every generated Wait, retry
     * interval and task timeout a millisecond or less, so that a case takes microseconds to
     * milliseconds however long its definition says it waits.
     */
    static final double TIME_SCALE = 1e-4;
    private static final String MACHINE_NAME = "fuzz";
    /** Enough samples that a loop spinning through several methods shows more than one of them. */
    private static final int HANG_SAMPLES = 20;
    private static final long HANG_SAMPLE_MILLIS = 5;

    private final long hangMillis;
    private final EscapeCapture escapes = new EscapeCapture();
    private EventLoopGroup loops;
    private Thread loopThread;
    private Expresso runtime;
    private int runtimesRetired;
    private int threadsStopped;
    private int threadsLeftSpinning;

    /** @param hangMillis how long a case may take before it counts as hung: far beyond its own time limit */
    FuzzRunner(long hangMillis) {
        this.hangMillis = hangMillis;
        startRuntime();
    }

    private void startRuntime() {
        loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            loopThread = loops.next().submit(Thread::currentThread).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("the fuzz runtime's event loop did not start", e);
        }
        runtime = Expresso.start(new RuntimeConfig()
            .eventLoops(1)
            .timeScale(TIME_SCALE)
            .allowUnboundResources(true)
            .taskHandlers(FuzzHandlers.create()), loops);
    }

    OutcomeOracle.Verdict run(FuzzCase fuzzCase) {
        escapes.drain(loopThread);
        return OutcomeOracle.judge(fuzzCase, observe(fuzzCase));
    }

    private Observation observe(FuzzCase fuzzCase) {
        StateMachine machine;
        try {
            machine = runtime.deploy(MACHINE_NAME, fuzzCase.definition());
        } catch (Throwable thrown) {
            return new Observation(thrown, null, null, null, null, escapes.drain(loopThread), runtime.inFlight());
        }
        CompletableFuture<ExecutionResult> stage;
        try {
            stage = runtime.execute(machine, fuzzCase.input().getBytes(StandardCharsets.UTF_8)).toCompletableFuture();
        } catch (Throwable thrown) {
            return new Observation(null, thrown, null, null, null, escapes.drain(loopThread), runtime.inFlight());
        }
        try {
            ExecutionResult result = stage.get(hangMillis, TimeUnit.MILLISECONDS);
            return new Observation(null, null, null, result, null, escapes.drain(loopThread), runtime.inFlight());
        } catch (ExecutionException failed) {
            return new Observation(null, null, failed.getCause(), null, null, escapes.drain(loopThread), runtime.inFlight());
        } catch (TimeoutException hung) {
            StackTraceElement[] stack = steadyFrames();
            retireRuntime();
            return new Observation(null, null, null, null, stack, escapes.drain(loopThread), 0);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while case " + fuzzCase.number() + " ran", interrupted);
        }
    }

    /**
     * @return the frames at the bottom of the loop thread's stack that stayed the same over a few
     *     samples: the code that holds the loop, without whatever it happened to call at one instant
     */
    private StackTraceElement[] steadyFrames() {
        StackTraceElement[] steady = loopThread.getStackTrace();
        for (int sample = 1; sample < HANG_SAMPLES; sample++) {
            try {
                Thread.sleep(HANG_SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            StackTraceElement[] next = loopThread.getStackTrace();
            int common = 0;
            while (common < steady.length && common < next.length
                && sameMethod(steady[steady.length - 1 - common], next[next.length - 1 - common])) {
                common++;
            }
            steady = Arrays.copyOfRange(steady, steady.length - common, steady.length);
        }
        return steady;
    }

    /** Lines are left out: a loop spinning in one method is at a different line in each sample. */
    private static boolean sameMethod(StackTraceElement one, StackTraceElement other) {
        return one.getClassName().equals(other.getClassName()) && one.getMethodName().equals(other.getMethodName());
    }

    /**
     * Thread.stop is the only way to take back a thread spinning in code that never checks for
     * interruption; the runtime it ran is thrown away, so no state it leaves half-made is used again.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void retireRuntime() {
        runtimesRetired++;
        loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
        try {
            if (!loops.awaitTermination(1, TimeUnit.SECONDS)) {
                loopThread.stop();
                threadsStopped++;
            }
        } catch (UnsupportedOperationException newerJdk) {
            // Java 20 and later refuse Thread.stop: the thread spins on beside the new runtime, and
            // the report counts it, since it takes a core from every case after it.
            threadsLeftSpinning++;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        startRuntime();
    }

    /** @return runtimes thrown away after a hang */
    int runtimesRetired() {
        return runtimesRetired;
    }

    /** @return loop threads that did not stop when asked and were stopped by force */
    int threadsStopped() {
        return threadsStopped;
    }

    /** @return loop threads that did not stop and could not be stopped by force (Java 20 and later) */
    int threadsLeftSpinning() {
        return threadsLeftSpinning;
    }

    @Override
    public void close() {
        try {
            runtime.shutdown(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        escapes.close();
    }
}
