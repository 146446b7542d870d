package io.expresso.runtime.exec;

/** A state's {@code Retry} and {@code Catch} lists, consulted in array order. */
public final class ErrorPolicy {

    public static final ErrorPolicy NONE = new ErrorPolicy(new Retrier[0], new Catcher[0]);

    final Retrier[] retriers;
    final Catcher[] catchers;

    public ErrorPolicy(Retrier[] retriers, Catcher[] catchers) {
        this.retriers = retriers.clone();
        this.catchers = catchers.clone();
    }

    /** @return the first retrier that matches, or -1 */
    int retrierFor(String error) {
        for (int i = 0; i < retriers.length; i++) {
            if (retriers[i].matches(error)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the index of the first catcher that matches, or -1 */
    int catcherFor(String error) {
        for (int i = 0; i < catchers.length; i++) {
            if (catchers[i].matches(error)) {
                return i;
            }
        }
        return -1;
    }
}
