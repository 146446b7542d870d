package io.expresso.runtime.integration.nested;

import io.expresso.codec.error.AslError;
import io.expresso.runtime.ExecutionResult;
import io.expresso.runtime.task.TaskHandler;
import io.expresso.runtime.task.TaskHandlers;
import io.expresso.runtime.task.TaskInvocation;
import io.netty.channel.EventLoop;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs a Task that starts a child execution. An asynchronous start answers as soon as the child
 * is accepted; the child runs to its end whatever becomes of the parent. A synchronous start
 * answers when the child ends: its completion is brought back through the loop's queue, so that a
 * chain of executions that start one another unwinds one queued task at a time instead of on one
 * stack. The Task's {@code TimeoutSeconds} bounds the wait; the child keeps running past it.
 */
public final class StartExecutionHandler implements TaskHandler {

    /** ARNs computed at run time could be anything; past this many, new ones are read per start. */
    private static final int MAX_REFERENCES = 4096;

    private final StartOperation operation;
    private final StateMachineDirectory directory;
    private final ChildLauncher launcher;
    /** Shared by the three operations: one read of each ARN, whichever resource starts it. */
    private final ConcurrentHashMap<String, MachineReference> references;

    private StartExecutionHandler(StartOperation operation, StateMachineDirectory directory, ChildLauncher launcher,
            ConcurrentHashMap<String, MachineReference> references) {
        this.operation = operation;
        this.directory = directory;
        this.launcher = launcher;
        this.references = references;
    }

    /**
     * Registers a handler for each of {@code arn:aws:states:::states:startExecution},
     * {@code arn:aws:states:::aws-sdk:sfn:startExecution} and {@code arn:aws:states:::aws-sdk:sfn:startSyncExecution}.
     *
     * @param directory finds the machines the Tasks name
     * @param launcher  runs the children
     * @return {@code handlers}
     */
    public static TaskHandlers register(TaskHandlers handlers, StateMachineDirectory directory, ChildLauncher launcher) {
        ConcurrentHashMap<String, MachineReference> references = new ConcurrentHashMap<>();
        for (StartOperation operation : StartOperation.values()) {
            handlers.register(operation.resource(), new StartExecutionHandler(operation, directory, launcher, references));
        }
        return handlers;
    }

    @Override
    public void invoke(TaskInvocation invocation) {
        StartRequest request;
        ChildExecution child;
        try {
            request = StartRequest.read(invocation.input(), operation);
            child = reference(request.stateMachineArn())
                    .start(new ChildStart(request.name(), request.input(), operation.sync(), launcher));
        } catch (ChildStartException refused) {
            IntegrationErrors errors = operation.errors();
            invocation.fail(errors.error(refused.code()), errors.cause(refused.code(), refused.getMessage()));
            return;
        } catch (InvalidParametersException invalid) {
            invocation.fail(AslError.RUNTIME, invalid.getMessage());
            return;
        }
        if (!operation.sync()) {
            invocation.succeed(operation.startReply(child));
            return;
        }
        EventLoop loop = invocation.executor();
        child.completion().whenComplete((result, failure) -> {
            try {
                loop.execute(() -> answer(invocation, request, result, failure));
            } catch (RejectedExecutionException e) {
                // The loop has stopped: the runtime shut down, and no one waits for this answer.
            }
        });
    }

    private static void answer(TaskInvocation invocation, StartRequest request, ExecutionResult result, Throwable failure) {
        if (failure != null) {
            invocation.fail(AslError.TASK_FAILED, "The child execution did not run: " + failure);
        } else {
            invocation.succeed(StartReplies.sdkSync(request, result));
        }
    }

    private MachineReference reference(String arn) {
        MachineReference known = references.get(arn);
        if (known != null) {
            return known;
        }
        MachineReference read = directory.reference(arn);
        if (references.size() < MAX_REFERENCES) {
            references.putIfAbsent(arn, read);
        }
        return read;
    }
}
