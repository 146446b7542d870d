package io.expresso.http.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The state machines this server holds, in memory, by name. Lists come out in ascending name
 * order, as AWS's ListStateMachines does.
 */
public final class MachineRegistry {

    private final ConcurrentSkipListMap<String, MachineEntry> machines = new ConcurrentSkipListMap<>();

    /** @return the machine, or null */
    public MachineEntry get(String name) {
        return machines.get(name);
    }

    /** @return the machine already registered under that name, or null when {@code entry} was added */
    public MachineEntry putIfAbsent(MachineEntry entry) {
        return machines.putIfAbsent(entry.name(), entry);
    }

    /** Removes {@code entry}, unless another machine has taken its name meanwhile. */
    public void remove(MachineEntry entry) {
        machines.remove(entry.name(), entry);
    }

    /**
     * @param afterName the last name of the previous page, or null for the first page
     * @return up to {@code limit + 1} machines after {@code afterName}; the extra one tells whether a next page exists
     */
    public List<MachineEntry> pageAfter(String afterName, int limit) {
        List<MachineEntry> page = new ArrayList<>(Math.min(limit + 1, 128));
        for (MachineEntry entry : (afterName == null ? machines : machines.tailMap(afterName, false)).values()) {
            page.add(entry);
            if (page.size() > limit) {
                break;
            }
        }
        return page;
    }

    /** @return every machine, by name */
    public List<MachineEntry> all() {
        return new ArrayList<>(machines.values());
    }
}
