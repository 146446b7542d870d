package io.expresso.runtime.asl;

import io.expresso.codec.error.InvalidExpressionException;
import io.expresso.codec.intrinsic.IntrinsicCall;

/** Deploy-time checks of intrinsic calls, by compiling them as the runtime will. */
final class IntrinsicCalls {

    private IntrinsicCalls() {
    }

    /** @param fieldKey the template key holding the call, {@code .$} included */
    static boolean compiles(String text, String fieldKey) {
        try {
            IntrinsicCall.compile(text, fieldKey);
            return true;
        } catch (InvalidExpressionException e) {
            return false;
        }
    }

    /** What {@code ErrorPath} and {@code CausePath} accept besides a path: a valid call that returns a string. */
    static boolean returnsString(String text, String field) {
        if (!IntrinsicCall.looksLikeCall(text)) {
            return false;
        }
        try {
            return IntrinsicCall.compile(text, field).returnsString();
        } catch (InvalidExpressionException e) {
            return false;
        }
    }
}
