package io.expresso.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one load run does: where it sends, which operation with which bodies, closed-loop or
 * open-loop, and for how long. Built with {@link #builder()}; {@link Builder#build()} validates once.
 */
public final class LoadOptions {

    /** The operation sent when none is named. */
    public static final String START_SYNC_EXECUTION = "AWSStepFunctions.StartSyncExecution";

    private final URI endpoint;
    private final String target;
    private final List<byte[]> bodies;
    private final double rate;
    private final int connections;
    private final Duration warmup;
    private final Duration duration;
    private final Duration drainTimeout;
    private final boolean progress;

    private LoadOptions(Builder builder) {
        this.endpoint = builder.endpoint;
        this.target = builder.target;
        this.bodies = List.copyOf(builder.bodies);
        this.rate = builder.rate;
        this.connections = builder.connections;
        this.warmup = builder.warmup;
        this.duration = builder.duration;
        this.drainTimeout = builder.drainTimeout;
        this.progress = builder.progress;
    }

    /** @return a builder with the defaults: closed-loop on 16 connections, 2 s warm-up, 10 s measured */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the {@code http://} URL requests are posted to */
    public URI endpoint() {
        return endpoint;
    }

    /** @return the {@code X-Amz-Target} header of every request */
    public String target() {
        return target;
    }

    /** @return the request bodies, sent in turn */
    public List<byte[]> bodies() {
        return bodies;
    }

    /** @return requests per second of an open-loop run; 0 for closed-loop */
    public double rate() {
        return rate;
    }

    /** @return whether requests follow a fixed schedule rather than each other's responses */
    public boolean openLoop() {
        return rate > 0;
    }

    /** @return how many connections the run opens */
    public int connections() {
        return connections;
    }

    public Duration warmup() {
        return warmup;
    }

    public Duration duration() {
        return duration;
    }

    /** @return how long the run waits, after the measured window, for the answers still due */
    public Duration drainTimeout() {
        return drainTimeout;
    }

    /** @return whether a progress line is printed every second */
    public boolean progress() {
        return progress;
    }

    /** Collects the options of a run; {@link #build()} checks them. */
    public static final class Builder {

        private URI endpoint;
        private String target = START_SYNC_EXECUTION;
        private List<byte[]> bodies = List.of();
        private double rate;
        private int connections = 16;
        private Duration warmup = Duration.ofSeconds(2);
        private Duration duration = Duration.ofSeconds(10);
        private Duration drainTimeout = Duration.ofSeconds(10);
        private boolean progress = true;

        private Builder() {
        }

        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder target(String target) {
            this.target = target;
            return this;
        }

        /** The request bodies; the run sends them in turn, one per request. */
        public Builder bodies(List<byte[]> bodies) {
            this.bodies = bodies;
            return this;
        }

        /** Requests per second (open-loop); 0 sends each request as soon as its connection is free (closed-loop). */
        public Builder rate(double rate) {
            this.rate = rate;
            return this;
        }

        public Builder connections(int connections) {
            this.connections = connections;
            return this;
        }

        public Builder warmup(Duration warmup) {
            this.warmup = warmup;
            return this;
        }

        public Builder duration(Duration duration) {
            this.duration = duration;
            return this;
        }

        public Builder drainTimeout(Duration drainTimeout) {
            this.drainTimeout = drainTimeout;
            return this;
        }

        public Builder progress(boolean progress) {
            this.progress = progress;
            return this;
        }

        /** @throws IllegalArgumentException naming the first option that cannot work */
        public LoadOptions build() {
            if (endpoint == null || !"http".equals(endpoint.getScheme()) || endpoint.getHost() == null) {
                throw new IllegalArgumentException("the endpoint must be an http:// URL, got " + endpoint);
            }
            if (bodies.isEmpty()) {
                throw new IllegalArgumentException("at least one request body is needed");
            }
            if (connections < 1 || connections > 10_000) {
                throw new IllegalArgumentException("connections must be between 1 and 10000, got " + connections);
            }
            if (rate < 0 || Double.isNaN(rate) || rate > 10_000_000) {
                throw new IllegalArgumentException("rate must be between 0 and 10000000 per second, got " + rate);
            }
            requirePositive("duration", duration);
            requirePositive("drain timeout", drainTimeout);
            if (warmup.isNegative()) {
                throw new IllegalArgumentException("warm-up cannot be negative");
            }
            return new LoadOptions(this);
        }

        private static void requirePositive(String name, Duration value) {
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
        }
    }
}
