package io.expresso.runtime.integration.nested;

import io.expresso.runtime.Arns;
import io.expresso.runtime.StateMachine;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime's own directory: the machines deployed through
 * {@link io.expresso.runtime.Expresso#deploy}, by their ARN in the runtime's region and account.
 *
 * <p>A deploy under a name already deployed replaces it, as UpdateStateMachine replaces a
 * machine's definition: starts after it run the new deployment, executions already running keep
 * theirs. There are no versions or aliases in-process, so a qualified ARN names a machine that
 * does not exist.
 */
public final class DeployedMachines implements StateMachineDirectory {

    private final String region;
    private final String accountId;
    private final ConcurrentHashMap<String, StateMachine> byName = new ConcurrentHashMap<>();

    /** @param region and {@code accountId}: where the runtime's machines live */
    public DeployedMachines(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    /** Makes {@code machine} what its ARN runs from now on. */
    public void deployed(StateMachine machine) {
        byName.put(machine.name(), machine);
    }

    /** Stops {@code machine} being what its ARN runs, unless a later deploy already replaced it. */
    public void undeployed(StateMachine machine) {
        byName.remove(machine.name(), machine);
    }

    @Override
    public MachineReference reference(String stateMachineArn) {
        Arns.StatesArn arn = Arns.parse(stateMachineArn);
        if (arn == null) {
            throw ChildStartException.invalidArn("Invalid ARN prefix: " + stateMachineArn);
        }
        if (!arn.type().equals("stateMachine")) {
            throw ChildStartException.invalidArn("Resource type not valid in this context: " + arn.type());
        }
        String resource = arn.resource();
        if (resource.indexOf('/') >= 0) {
            throw ChildStartException.validation("Value '" + stateMachineArn + "' at 'stateMachineArn' failed to satisfy "
                    + "constraint: Executions cannot be started for a Map Run label ARN");
        }
        boolean here = arn.partition().equals("aws") && arn.region().equals(region) && arn.account().equals(accountId);
        if (!here || resource.indexOf(':') >= 0) {
            return start -> {
                throw ChildStartException.machineDoesNotExist(stateMachineArn);
            };
        }
        return start -> {
            StateMachine machine = byName.get(resource);
            if (machine == null) {
                throw ChildStartException.machineDoesNotExist(stateMachineArn);
            }
            return start.launch(machine, null, false);
        };
    }
}
