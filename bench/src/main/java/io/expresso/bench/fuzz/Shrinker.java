package io.expresso.bench.fuzz;

import java.util.List;

/**
 * Makes a finding's case smaller while it keeps showing the same finding: first the input is
 * replaced by {@code {}}, then members and elements of the definition are removed one at a time,
 * each removal kept when the signature survives it. Greedy and bounded: a smaller case, not the
 * smallest.
 */
final class Shrinker {

    private final FuzzRunner runner;
    private final int budget;

    /** @param budget the most cases one shrink may run */
    Shrinker(FuzzRunner runner, int budget) {
        this.runner = runner;
        this.budget = budget;
    }

    /** @return the smallest case found that still shows {@code signature}; {@code found} itself when nothing smaller did */
    FuzzCase shrink(FuzzCase found, String signature) {
        if (found.tree() == null) {
            return found;
        }
        int runs = 0;
        FuzzCase smallest = found;
        FuzzCase emptyInput = found.with(found.tree(), "{}");
        runs++;
        if (!emptyInput.input().equals(found.input()) && shows(emptyInput, signature)) {
            smallest = emptyInput;
        }
        int slot = 0;
        while (runs < budget) {
            Object candidate = JsonTree.copy(smallest.tree());
            List<JsonTree.Slot> slots = JsonTree.slots(candidate);
            if (slot >= slots.size()) {
                break;
            }
            slots.get(slot).remove();
            FuzzCase smaller = smallest.with(candidate, smallest.input());
            runs++;
            if (shows(smaller, signature)) {
                smallest = smaller;
            } else {
                slot++;
            }
        }
        return smallest;
    }

    private boolean shows(FuzzCase candidate, String signature) {
        return signature.equals(runner.run(candidate).finding());
    }
}
