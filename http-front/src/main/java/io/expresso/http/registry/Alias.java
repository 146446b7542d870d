package io.expresso.http.registry;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A named pointer to one or two versions with integer weights (docs/semantics/http-api.md#aliases). Immutable: an
 * update replaces the alias.
 *
 * @param name          the alias name
 * @param arn           the machine ARN followed by {@code :<name>}
 * @param description   the description, or null
 * @param routing       one or two routes whose weights sum to 100
 * @param creationMillis when it was created
 * @param updateMillis  when it was last updated (the creation time until then)
 */
public record Alias(String name, String arn, String description, List<Route> routing, long creationMillis,
        long updateMillis) {

    public Alias {
        routing = List.copyOf(routing);
    }

    /** @return the route a new execution takes: the first whose cumulative weight exceeds a uniform draw in [0, 100) */
    public Route pick() {
        int draw = ThreadLocalRandom.current().nextInt(100);
        int cumulative = 0;
        for (Route route : routing) {
            cumulative += route.weight();
            if (draw < cumulative) {
                return route;
            }
        }
        return routing.get(routing.size() - 1);
    }

    /** @return whether some route points at {@code version} */
    public boolean routesTo(int version) {
        for (Route route : routing) {
            if (route.version() == version) {
                return true;
            }
        }
        return false;
    }
}
