package io.expresso.runtime.asl;

/** {@code ItemProcessor.ProcessorConfig.Mode}; Express machines run {@link #INLINE} only. */
public enum ProcessorMode {
    INLINE,
    DISTRIBUTED
}
