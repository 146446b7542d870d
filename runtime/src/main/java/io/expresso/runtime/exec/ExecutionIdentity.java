package io.expresso.runtime.exec;

/**
 * An execution's name and ARN, made on first use: most in-process callers never read them, and
 * formatting UUIDs and ARNs for every execution is work the hot path need not do.
 * Synchronised because a result may be read on any thread, and the random parts must be made once.
 */
public final class ExecutionIdentity {

    private final String arnPrefix;
    private String name;
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

    public synchronized String name() {
        if (name == null) {
            name = RandomUuid.next();
        }
        return name;
    }

    /** @return whether the ARN, if one was made or given, is {@code candidate}; no one can hold an ARN never made */
    synchronized boolean hasArn(String candidate) {
        return arn != null && arn.equals(candidate);
    }

    /** @return {@code arn:aws:states:<region>:<account>:express:<machine>:<name>:<uuid>} */
    public synchronized String arn() {
        if (arn == null) {
            arn = arnPrefix + name() + ":" + RandomUuid.next();
        }
        return arn;
    }
}
