package io.expresso.runtime.exec;

import io.expresso.codec.json.Json;
import io.expresso.codec.path.ResultPathWriter;
import io.expresso.codec.template.PayloadTemplate;

/** The success path shared by Parallel and Map: ResultSelector → ResultPath → OutputPath on the result array. */
final class Aggregate {

    private Aggregate() {
    }

    static <S extends StateNode & RetryingState> StateNode complete(S state, Frame frame, Json result,
            PayloadTemplate resultSelector, ResultPathWriter resultPath, PathFilter outputPath, StateNode next) {
        Json selected = resultSelector == null ? result : resultSelector.evaluate(result, frame);
        frame.inspect(InspectionStep.AFTER_RESULT_SELECTOR, selected);
        Json placed = selected == null ? null : resultPath.write(frame.input, selected, frame);
        frame.inspect(InspectionStep.AFTER_RESULT_PATH, placed);
        Json output = placed == null ? null : outputPath.apply(placed, frame);
        if (output == null) {
            return frame.recover(state, frame.evaluationFailure());
        }
        if (Payloads.tooLarge(output)) {
            return frame.failState(Payloads.limitExceeded(state.name()));
        }
        return frame.exitTo(next, output);
    }
}
