package io.expresso.http.ops;

import io.expresso.http.api.ApiException;
import io.expresso.http.api.MachineArn;
import io.expresso.http.registry.ExecutionRecord;
import io.expresso.http.registry.ExecutionWindow;
import io.expresso.http.registry.MachineRegistry;
import io.expresso.http.registry.MachineType;
import io.expresso.runtime.Arns;
import io.expresso.runtime.StateMachine;
import io.expresso.runtime.integration.nested.ChildExecution;
import io.expresso.runtime.integration.nested.ChildStart;
import io.expresso.runtime.integration.nested.ChildStartException;
import io.expresso.runtime.integration.nested.MachineReference;
import io.expresso.runtime.integration.nested.StateMachineDirectory;

/**
 * The server's machines as Tasks that start executions see them: what StartExecution would run
 * for the same ARN (the latest revision, a version, or a version an alias picks by weight), and
 * runs of STANDARD-typed machines remembered in the window, so that DescribeExecution,
 * ListExecutions and GetExecutionHistory show them as if started through the API.
 */
public final class RegistryDirectory implements StateMachineDirectory {

    private final Targets targets;
    private final StandardRuns standardRuns;
    /** {@code arn:aws:states:<region>:<account>:execution:}, which a STANDARD run's machine and name follow. */
    private final String standardArnPrefix;

    public RegistryDirectory(MachineRegistry machines, ExecutionWindow executions, String region, String accountId) {
        this.targets = new Targets(machines);
        this.standardRuns = new StandardRuns(executions);
        this.standardArnPrefix = Arns.standardExecutionPrefix(region, accountId);
    }

    @Override
    public MachineReference reference(String stateMachineArn) {
        MachineArn arn;
        try {
            arn = Targets.startable(stateMachineArn);
        } catch (ApiException refused) {
            throw refusal(refused);
        }
        return start -> {
            try {
                return start(targets.forStart(arn), start);
            } catch (ApiException refused) {
                throw refusal(refused);
            }
        };
    }

    private ChildExecution start(Targets.ExecutionTarget target, ChildStart start) {
        StateMachine machine = target.revision().machine();
        if (target.machine().type() == MachineType.EXPRESS) {
            return start.launch(machine, null, false);
        }
        if (start.sync()) {
            throw ApiException.typeNotSupported();
        }
        String arn = standardArnPrefix + target.machine().name() + ":" + start.name();
        ExecutionRecord record = standardRuns.start(target, arn, start.name(), start.input(),
                () -> start.launch(machine, arn, true).completion());
        return new ChildExecution(record.arn(), record.startMillis(), null);
    }

    private static ChildStartException refusal(ApiException refused) {
        return new ChildStartException(refused.type().code(), refused.getMessage());
    }
}
