package io.expresso.bench.runtime;

import io.expresso.codec.json.JsonSerializer;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.Expresso;
import io.expresso.runtime.StateMachine;
import io.netty.channel.EventLoop;
import java.util.concurrent.CompletableFuture;

/**
 * Runs executions back to back on the runtime's loop thread: each starts there (so the engine
 * runs it at once, with no enqueue and no wake-up) and is serialized there, and only the batch as
 * a whole is handed back to the waiting thread. This is how a server's loop runs the executions its
 * requests start.
 */
public final class LoopBatch {

    private final Expresso expresso;
    private final EventLoop loop;
    private final StateMachine machine;
    private final byte[] input;
    /** Touched by the loop thread only. */
    private final JsonSerializer serializer = new JsonSerializer();

    public LoopBatch(Expresso expresso, EventLoop loop, StateMachine machine, byte[] input) {
        this.expresso = expresso;
        this.loop = loop;
        this.machine = machine;
        this.input = input;
    }

    /** @return the output bytes of the last of {@code executions} executions run on the loop */
    public CompletableFuture<byte[]> run(int executions) {
        Chain chain = new Chain(executions);
        loop.execute(chain::next);
        return chain.done;
    }

    /** One batch: the executions still to run and the last output, all on the loop thread. */
    private final class Chain {
        final CompletableFuture<byte[]> done = new CompletableFuture<>();
        int remaining;
        byte[] lastOutput;

        Chain(int executions) {
            this.remaining = executions;
        }

        void next() {
            while (remaining > 0) {
                CompletableFuture<ExecutionResult> execution = expresso.execute(machine, input).toCompletableFuture();
                if (!execution.isDone()) {
                    // Something in it completes later (on this loop): carry on from there.
                    execution.whenComplete((result, failure) -> {
                        if (record(execution)) {
                            next();
                        }
                    });
                    return;
                }
                if (!record(execution)) {
                    return;
                }
            }
            done.complete(lastOutput);
        }

        private boolean record(CompletableFuture<ExecutionResult> execution) {
            try {
                lastOutput = serializer.write(SingleLoopRuntime.outputOf(execution.join()));
                remaining--;
                return true;
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return false;
            }
        }
    }
}
