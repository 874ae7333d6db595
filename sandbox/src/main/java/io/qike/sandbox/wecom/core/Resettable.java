package io.qike.sandbox.wecom.core;

/** State that the admin reset (and test isolation) puts back to its start-up value. */
public interface Resettable {
    void reset();
}
