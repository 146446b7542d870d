package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.JsonString;
import io.expresso.runtime.observe.EventType;

/** A Fail state: ends its frame with an error that nothing inside the frame can catch. */
public final class FailNode extends StateNode {

    private final ErrorText error;
    private final ErrorText cause;

    /** @param error {@code Error} / {@code ErrorPath}, or {@code null} when neither is given (likewise cause) */
    public FailNode(String name, ErrorText error, ErrorText cause) {
        super(name, EventType.FailStateEntered, null);
        this.error = error;
        this.cause = cause;
    }

    @Override
    StateNode run(Frame frame) {
        String errorName = "";
        String causeText = null;
        if (error != null) {
            JsonString value = error.resolve(frame.input, frame, "ErrorPath");
            if (value == null) {
                return frame.failState(frame.evaluationFailure());
            }
            errorName = value.value();
        }
        if (cause != null) {
            JsonString value = cause.resolve(frame.input, frame, "CausePath");
            if (value == null) {
                return frame.failState(frame.evaluationFailure());
            }
            causeText = value.value();
        }
        // A Fail state has no Exited event; the frame's failure follows its Entered event directly.
        return frame.failState(AslError.of(errorName, causeText));
    }
}
