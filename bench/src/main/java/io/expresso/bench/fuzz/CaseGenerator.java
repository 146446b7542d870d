package io.expresso.bench.fuzz;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes case {@code n} of a run from the run's seed and {@code n} alone, so that any case can be
 * made again without the ones before it. Families, by share of cases:
 * <ul>
 *   <li>{@code plausible} (55%): a generated definition and a plausible input;</li>
 *   <li>{@code mutated} (25%): the same, then one to three mutations of the definition;</li>
 *   <li>{@code hostile-input} (7%) and {@code hostile-definition} (7%): a hostile size in one of them;</li>
 *   <li>{@code malformed} (6%): the definition's or the input's text corrupted;</li>
 *   <li>{@code spinning-loop} (1 in {@value #SPIN_EVERY}): a loop that never waits.</li>
 * </ul>
 */
final class CaseGenerator {

    /** Rare: until loops are preempted, each one costs the runner a hang bound and a fresh runtime. */
    static final int SPIN_EVERY = 20_000;
    /** Spreads case numbers over the seeds of their generators: the golden ratio's bits, SplittableRandom's own gamma. */
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;

    CaseGenerator(long seed) {
        this.seed = seed;
    }

    FuzzCase generate(long number) {
        SplittableRandom random = new SplittableRandom(seed ^ (number * GAMMA));
        if (random.nextInt(SPIN_EVERY) == 0) {
            return treeCase(number, "spinning-loop", DefinitionGenerator.spinningLoop(), "{}");
        }
        Map<String, Object> definition = new DefinitionGenerator(random).definition();
        String input = JsonTree.write(JsonValueGenerator.plausibleInput(random));
        int family = random.nextInt(100);
        if (family < 55) {
            return treeCase(number, "plausible", definition, input);
        }
        if (family < 80) {
            Object mutated = JsonTree.copy(definition);
            DefinitionMutator.mutate(random, mutated, 1 + random.nextInt(3));
            return treeCase(number, "mutated", mutated, input);
        }
        if (family < 87) {
            return treeCase(number, "hostile-input", definition, HostileShapes.input(random));
        }
        if (family < 94) {
            HostileShapes.intoDefinition(random, definition);
            return treeCase(number, "hostile-definition", definition, input);
        }
        String text = JsonTree.write(definition);
        return random.nextBoolean()
            ? new FuzzCase(seed, number, "malformed", HostileShapes.corrupt(random, text), input, null)
            : new FuzzCase(seed, number, "malformed", text, HostileShapes.corrupt(random, input), definition);
    }

    private FuzzCase treeCase(long number, String family, Object definition, String input) {
        return new FuzzCase(seed, number, family, JsonTree.write(definition), input, definition);
    }
}
