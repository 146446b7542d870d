package io.expresso.http.registry;

import io.expresso.http.api.ApiException;
import io.expresso.http.api.ErrorType;
import io.expresso.runtime.StateMachine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * One state machine in the registry: its current revision, versions, aliases and tags.
 *
 * <p>Requests from any event loop reach the same entry. Readers on the execution path
 * ({@link #current()}, {@link #version(int)}, {@link #alias(String)}) see immutable values through
 * volatile or concurrent-map reads and never lock; the control-plane changes below lock the entry
 * for a few map operations, never for I/O.
 *
 * <p>The changes that can leave a deployment that no revision runs any more (an update, deleting
 * a version, deleting the machine) return those deployments, for the caller to undeploy so that
 * their metrics go. The entry's lock orders them, so that a deployment is returned exactly once:
 * an update that loses a race with the machine's deletion returns its own new deployment.
 */
public final class MachineEntry {

    /** Versions per state machine (docs/semantics/limits.md#request-limits). */
    public static final int MAX_VERSIONS = 1000;
    /** Aliases per state machine (docs/semantics/limits.md#request-limits). */
    public static final int MAX_ALIASES = 100;
    /** Tags per resource (docs/semantics/limits.md#request-limits). */
    public static final int MAX_TAGS = 50;

    private final String name;
    private final String arn;
    private final MachineType type;
    private final long creationMillis;
    private final CreateRequest created;
    private volatile Revision current;
    private final ConcurrentSkipListMap<Integer, Version> versions = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
    private final ConcurrentSkipListMap<String, Alias> aliases = new ConcurrentSkipListMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private int nextVersion = 1;
    /** Guarded by {@code this}. */
    private boolean deleted;

    public MachineEntry(String name, String arn, MachineType type, long creationMillis, CreateRequest created,
            Revision initial) {
        this.name = name;
        this.arn = arn;
        this.type = type;
        this.creationMillis = creationMillis;
        this.created = created;
        this.current = initial;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public MachineType type() {
        return type;
    }

    public long creationMillis() {
        return creationMillis;
    }

    /** @return what CreateStateMachine was asked, to answer an identical repeat idempotently */
    public CreateRequest created() {
        return created;
    }

    /** @return the latest revision: what an unqualified ARN runs */
    public Revision current() {
        return current;
    }

    /**
     * Replaces the latest revision; executions already running keep theirs.
     *
     * @return the deployment that no revision runs after the change, if any: the one replaced,
     *     unless a version keeps it, or the new one when the machine was deleted meanwhile
     */
    public synchronized List<StateMachine> update(Function<Revision, Revision> change) {
        Revision before = current;
        Revision after = change.apply(before);
        if (deleted) {
            return after.machine() == before.machine() ? List.of() : List.of(after.machine());
        }
        current = after;
        return unused(before.machine());
    }

    /**
     * Publishes the current revision, or returns the newest version when it already snapshots it.
     *
     * @param expectedRevisionId the caller's {@code revisionId}, or null to skip the check
     * @throws ApiException ConflictException on a revision mismatch; ServiceQuotaExceededException past 1000 versions
     */
    public synchronized Version publish(String expectedRevisionId, String description, long now) {
        Revision revision = current;
        if (expectedRevisionId != null && !expectedRevisionId.equals(revision.publishId())) {
            throw new ApiException(ErrorType.CONFLICT, "Failed to publish the State Machine version for revision "
                    + expectedRevisionId + ". The current State Machine revision is " + revision.publishId() + ".");
        }
        Map.Entry<Integer, Version> newest = versions.firstEntry();
        if (newest != null && newest.getValue().revision() == revision) {
            return newest.getValue();
        }
        if (versions.size() >= MAX_VERSIONS) {
            throw new ApiException(ErrorType.SERVICE_QUOTA_EXCEEDED,
                    "Maximum number of state machine versions (" + MAX_VERSIONS + ") reached for " + arn);
        }
        int number = nextVersion++;
        Version version = new Version(number, arn + ":" + number, revision, description, now);
        versions.put(number, version);
        return version;
    }

    /** @return the version, or null */
    public Version version(int number) {
        return versions.get(number);
    }

    /** @return the versions, newest first */
    public Collection<Version> versions() {
        return versions.values();
    }

    /**
     * Deletes a version; deleting one that is gone is not an error (docs/semantics/http-api.md#versions).
     *
     * @return the version's deployment when neither the latest revision nor another version runs it
     * @throws ApiException ConflictException while an alias routes to it
     */
    public synchronized List<StateMachine> deleteVersion(int number) {
        List<String> referencing = new ArrayList<>();
        for (Alias alias : aliases.values()) {
            if (alias.routesTo(number)) {
                referencing.add(alias.arn());
            }
        }
        if (!referencing.isEmpty()) {
            throw new ApiException(ErrorType.CONFLICT, "Version to be deleted must not be referenced by an alias. "
                    + "Current list of aliases referencing this version: " + referencing);
        }
        Version removed = versions.remove(number);
        return removed == null ? List.of() : unused(removed.revision().machine());
    }

    /**
     * Marks the machine deleted: later updates install nothing.
     *
     * @return every deployment its latest revision and its versions run, each once; empty when
     *     another call already deleted it
     */
    public synchronized List<StateMachine> delete() {
        if (deleted) {
            return List.of();
        }
        deleted = true;
        Set<StateMachine> deployments = Collections.newSetFromMap(new IdentityHashMap<>());
        deployments.add(current.machine());
        for (Version version : versions.values()) {
            deployments.add(version.revision().machine());
        }
        return List.copyOf(deployments);
    }

    /** @return {@code machine} alone when no revision of this machine runs it any more, else nothing */
    private List<StateMachine> unused(StateMachine machine) {
        if (current.machine() == machine) {
            return List.of();
        }
        for (Version version : versions.values()) {
            if (version.revision().machine() == machine) {
                return List.of();
            }
        }
        return List.of(machine);
    }

    /** @return the alias, or null */
    public Alias alias(String aliasName) {
        return aliases.get(aliasName);
    }

    /** @return the aliases in creation order */
    public List<Alias> aliases() {
        List<Alias> all = new ArrayList<>(aliases.values());
        all.sort(Comparator.comparingLong(Alias::creationMillis));
        return all;
    }

    /**
     * Creates an alias, or returns the existing one when it is identical.
     *
     * @throws ApiException ConflictException for the same name with another configuration; quota past 100 aliases
     */
    public synchronized Alias createAlias(Alias alias) {
        Alias existing = aliases.get(alias.name());
        if (existing != null) {
            if (existing.routing().equals(alias.routing()) && Objects.equals(existing.description(), alias.description())) {
                return existing;
            }
            throw new ApiException(ErrorType.CONFLICT,
                    "Failed to create alias because an alias with the same name and a different routing configuration already exists.");
        }
        if (aliases.size() >= MAX_ALIASES) {
            throw new ApiException(ErrorType.SERVICE_QUOTA_EXCEEDED,
                    "Maximum number of aliases (" + MAX_ALIASES + ") reached for " + arn);
        }
        aliases.put(alias.name(), alias);
        return alias;
    }

    /** Replaces an alias that exists; returns false when it does not. */
    public synchronized boolean replaceAlias(Alias alias) {
        return aliases.replace(alias.name(), alias) != null;
    }

    public synchronized void deleteAlias(String aliasName) {
        aliases.remove(aliasName);
    }

    /** @return the tags, in the order first set */
    public synchronized Map<String, String> tags() {
        return new LinkedHashMap<>(tags);
    }

    /**
     * Sets tags, overwriting existing keys.
     *
     * @throws ApiException TooManyTags when the result would exceed 50 (keys with the reserved {@code aws:} prefix do not count)
     */
    public synchronized void tag(Map<String, String> added) {
        Map<String, String> next = new LinkedHashMap<>(tags);
        next.putAll(added);
        long counted = next.keySet().stream().filter(key -> !key.startsWith("aws:")).count();
        if (counted > MAX_TAGS) {
            throw new ApiException(ErrorType.TOO_MANY_TAGS,
                    "Too many tags: a resource can have at most " + MAX_TAGS + " tags", arn);
        }
        tags.clear();
        tags.putAll(next);
    }

    public synchronized void untag(Collection<String> keys) {
        tags.keySet().removeAll(keys);
    }
}
