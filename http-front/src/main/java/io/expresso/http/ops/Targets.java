package io.expresso.http.ops;

import io.expresso.http.api.ApiException;
import io.expresso.http.api.MachineArn;
import io.expresso.http.registry.Alias;
import io.expresso.http.registry.MachineEntry;
import io.expresso.http.registry.MachineRegistry;
import io.expresso.http.registry.Revision;
import io.expresso.http.registry.Route;
import io.expresso.http.registry.Version;
import io.expresso.runtime.Arns;

/** Finds what a state machine, version or alias ARN names in the registry. */
final class Targets {

    private final MachineRegistry machines;

    Targets(MachineRegistry machines) {
        this.machines = machines;
    }

    /**
     * What a start runs (docs/semantics/http-api.md#routing-to-versions-and-aliases).
     *
     * @param machine    the base machine
     * @param revision   the revision that runs
     * @param versionArn the version that runs, when started through a version or alias
     * @param aliasArn   the alias it was started through, or null
     */
    record ExecutionTarget(MachineEntry machine, Revision revision, String versionArn, String aliasArn) {
    }

    /**
     * @return the machine an ARN's name and account point at, whatever its qualifier
     * @throws ApiException StateMachineDoesNotExist when there is none
     */
    MachineEntry machine(MachineArn arn) {
        MachineEntry entry = machines.get(arn.name());
        String base = Arns.stateMachine(arn.region(), arn.account(), arn.name());
        if (entry == null || !entry.arn().equals(base) || !arn.text().startsWith("arn:aws:")) {
            throw ApiException.machineDoesNotExist(arn.text());
        }
        return entry;
    }

    /**
     * @return the version an ARN names
     * @throws ApiException StateMachineDoesNotExist when the machine or version does not exist
     */
    Version version(MachineEntry entry, MachineArn arn) {
        Version version = parseVersion(arn.qualifier()) < 0 ? null : entry.version(parseVersion(arn.qualifier()));
        if (version == null) {
            throw ApiException.machineDoesNotExist(arn.text());
        }
        return version;
    }

    /**
     * @return what StartExecution / StartSyncExecution run for the ARN
     * @throws ApiException InvalidArn, ValidationException (a {@code /label} ARN) or StateMachineDoesNotExist
     */
    ExecutionTarget forStart(String arnText) {
        // The common case, a machine's own ARN, is one map lookup and one comparison, without the ARN grammar.
        MachineEntry named = machines.get(arnText.substring(arnText.lastIndexOf(':') + 1));
        if (named != null && named.arn().equals(arnText)) {
            return new ExecutionTarget(named, named.current(), null, null);
        }
        return forStart(startable(arnText));
    }

    /**
     * @return the ARN read as the target of a start, before looking anything up
     * @throws ApiException InvalidArn, or ValidationException for a {@code /label} ARN
     */
    static MachineArn startable(String arnText) {
        MachineArn arn = MachineArn.parse(arnText);
        if (arn.label() != null) {
            throw ApiException.validation("Value '" + arnText + "' at 'stateMachineArn' failed to satisfy constraint: "
                    + "Executions cannot be started for a Map Run label ARN");
        }
        return arn;
    }

    /**
     * @return what a start of an ARN read by {@link #startable} runs now: an alias picks a version per call
     * @throws ApiException StateMachineDoesNotExist
     */
    ExecutionTarget forStart(MachineArn arn) {
        String arnText = arn.text();
        MachineEntry entry = machine(arn);
        if (arn.isBase()) {
            return new ExecutionTarget(entry, entry.current(), null, null);
        }
        if (arn.isVersion()) {
            Version version = version(entry, arn);
            return new ExecutionTarget(entry, version.revision(), version.arn(), null);
        }
        Alias alias = entry.alias(arn.qualifier());
        if (alias == null) {
            throw ApiException.machineDoesNotExist(arnText);
        }
        Route route = alias.pick();
        Version version = entry.version(route.version());
        if (version == null) {
            throw ApiException.machineDoesNotExist(route.versionArn());
        }
        return new ExecutionTarget(entry, version.revision(), version.arn(), alias.arn());
    }

    /** @return the version number a qualifier spells, or -1 */
    static int parseVersion(String qualifier) {
        if (qualifier == null || qualifier.isEmpty() || qualifier.length() > 9 || !qualifier.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(qualifier);
    }
}
