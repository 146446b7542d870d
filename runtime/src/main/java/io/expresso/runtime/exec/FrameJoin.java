package io.expresso.runtime.exec;

import io.expresso.codec.error.AslError;
import io.expresso.codec.json.Json;

/** What a Parallel or Map state waits on: hears each child frame end. */
interface FrameJoin {

    void succeeded(Frame child, Json output);

    void failed(Frame child, AslError error);

    /** @return whether the state that made the children is still waiting for them */
    boolean live();
}
