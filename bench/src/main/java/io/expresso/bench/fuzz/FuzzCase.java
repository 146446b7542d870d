package io.expresso.bench.fuzz;

/**
 * One generated case: what to deploy and what to run it with.
 *
 * @param seed the run's seed; with {@code number}, all that is needed to make the case again
 * @param number the case's number in the run
 * @param family how it was made ({@link CaseGenerator} lists the families)
 * @param definition the definition text
 * @param input the execution input text
 * @param tree the definition as an editable tree, for shrinking; {@code null} when the text was
 *     corrupted after writing
 */
record FuzzCase(long seed, long number, String family, String definition, String input, Object tree) {

    /** @return the same case with another definition and input, as shrinking tries them */
    FuzzCase with(Object definitionTree, String input) {
        return new FuzzCase(seed, number, family, JsonTree.write(definitionTree), input, definitionTree);
    }
}
