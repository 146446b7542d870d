package io.expresso.runtime.exec;

import io.expresso.runtime.observe.LogRing;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The executions running on one event loop, touched only by that loop: kept for shutdown (abort
 * what is left) and for their time limits.
 *
 * <p>Executions with the same time limit end their limit in the order they started, so each
 * distinct limit has a FIFO of executions and one timer for the oldest. Starting or ending an
 * execution is then O(1) list work, with no timer task per execution; when the timer fires it
 * times out every execution past its deadline and re-arms for the next one.
 */
final class LoopExecutions {

    private final EventLoop loop;
    private final LogRing logRing;
    /** One queue per distinct time limit; a machine rarely sets its own, so there are few. */
    private DeadlineQueue[] queues = new DeadlineQueue[0];

    LoopExecutions(EventLoop loop, LogRing logRing) {
        this.loop = loop;
        this.logRing = logRing;
    }

    /** @return the ring this loop's executions log into */
    LogRing logRing() {
        return logRing;
    }

    /** Adds a starting execution; its deadline is {@code limitNanos} from now. */
    void add(Execution execution, long limitNanos) {
        queueFor(limitNanos).append(execution, System.nanoTime() + limitNanos);
    }

    void remove(Execution execution) {
        if (execution.deadlineQueue != null) {
            execution.deadlineQueue.unlink(execution);
        }
    }

    /** @return whether an execution of that ARN ran here and is now aborted */
    boolean abort(String arn, String cause) {
        for (DeadlineQueue queue : queues) {
            for (Execution execution = queue.head; execution != null; execution = execution.nextOnLoop) {
                if (execution.hasArn(arn)) {
                    end(execution, ending -> ending.abort(cause));
                    return true;
                }
            }
        }
        return false;
    }

    void abortAll(String cause) {
        for (DeadlineQueue queue : queues) {
            while (queue.head != null) {
                end(queue.head, ending -> ending.abort(cause)); // ends the execution, which unlinks it
            }
        }
    }

    /**
     * Ends {@code execution} with {@code ending}; a failure on the way is reported, never thrown,
     * so the loops over these queues always move on (an execution always unlinks as it ends).
     */
    static void end(Execution execution, java.util.function.Consumer<Execution> ending) {
        try {
            ending.accept(execution);
        } catch (Throwable failure) {
            execution.crash(null, failure);
        }
    }

    private DeadlineQueue queueFor(long limitNanos) {
        for (DeadlineQueue queue : queues) {
            if (queue.limitNanos == limitNanos) {
                return queue;
            }
        }
        DeadlineQueue queue = new DeadlineQueue(loop, limitNanos);
        DeadlineQueue[] grown = java.util.Arrays.copyOf(queues, queues.length + 1);
        grown[queues.length] = queue;
        queues = grown;
        return queue;
    }

    /** The executions of one time limit, oldest first, so deadlines ascend. */
    static final class DeadlineQueue implements Runnable {
        private final EventLoop loop;
        final long limitNanos;
        Execution head;
        Execution tail;
        ScheduledFuture<?> timer;

        DeadlineQueue(EventLoop loop, long limitNanos) {
            this.loop = loop;
            this.limitNanos = limitNanos;
        }

        void append(Execution execution, long deadlineNanos) {
            execution.deadlineNanos = deadlineNanos;
            execution.deadlineQueue = this;
            execution.previousOnLoop = tail;
            if (tail != null) {
                tail.nextOnLoop = execution;
            } else {
                head = execution;
            }
            tail = execution;
            if (timer == null) {
                arm(deadlineNanos);
            }
        }

        void unlink(Execution execution) {
            if (execution.previousOnLoop != null) {
                execution.previousOnLoop.nextOnLoop = execution.nextOnLoop;
            } else {
                head = execution.nextOnLoop;
            }
            if (execution.nextOnLoop != null) {
                execution.nextOnLoop.previousOnLoop = execution.previousOnLoop;
            } else {
                tail = execution.previousOnLoop;
            }
            execution.nextOnLoop = null;
            execution.previousOnLoop = null;
            execution.deadlineQueue = null;
        }

        private void arm(long deadlineNanos) {
            timer = loop.schedule(this, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        }

        /** The timer fired: time out every execution past its deadline, then wait for the next. */
        @Override
        public void run() {
            timer = null;
            long now = System.nanoTime();
            while (head != null && head.deadlineNanos - now <= 0) {
                end(head, Execution::timeOut); // ends the execution, which unlinks it
            }
            if (head != null) {
                arm(head.deadlineNanos);
            }
        }
    }
}
