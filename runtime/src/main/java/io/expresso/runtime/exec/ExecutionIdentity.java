package io.expresso.runtime.exec;

import io.expresso.codec.uuid.RandomUuids;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An execution's name and ARN, made on first use: most in-process callers never read them, and
 * formatting UUIDs and ARNs for every execution is work the hot path need not do.
 *
 * <p>Lock-free. A result may be read first on any thread, and the random parts must be made once:
 * two threads that race to make one may both draw a UUID, but only the first to publish it wins
 * (a compare-and-set), and the loser returns the winner's. After that a read is one acquire load.
 * Strings are immutable with final fields, so a published one is seen whole.
 */
public final class ExecutionIdentity {

    private static final VarHandle NAME;
    private static final VarHandle ARN;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            NAME = lookup.findVarHandle(ExecutionIdentity.class, "name", String.class);
            ARN = lookup.findVarHandle(ExecutionIdentity.class, "arn", String.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String arnPrefix;
    /** Set once, by {@link #NAME}, unless given. */
    private String name;
    /** Set once, by {@link #ARN}, unless given. */
    private String arn;

    /**
     * @param name the caller's execution name, or {@code null} to generate one
     * @param arn the caller's execution ARN, or {@code null} to make the Express form
     */
    ExecutionIdentity(String arnPrefix, String name, String arn) {
        this.arnPrefix = arnPrefix;
        this.name = name;
        this.arn = arn;
    }

    public String name() {
        String known = (String) NAME.getAcquire(this);
        return known != null ? known : publish(NAME, RandomUuids.unique());
    }

    /** @return whether the ARN, if one was made or given, is {@code candidate}; no one can hold an ARN never made */
    boolean hasArn(String candidate) {
        String known = (String) ARN.getAcquire(this);
        return known != null && known.equals(candidate);
    }

    /** @return {@code arn:aws:states:<region>:<account>:express:<machine>:<name>:<uuid>} */
    public String arn() {
        String known = (String) ARN.getAcquire(this);
        return known != null ? known : publish(ARN, arnPrefix + name() + ":" + RandomUuids.unique());
    }

    /** @return {@code made} if it is the first value of the field, or the value another thread published first */
    private String publish(VarHandle field, String made) {
        String first = (String) field.compareAndExchange(this, null, made);
        return first != null ? first : made;
    }
}
