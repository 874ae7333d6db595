package io.qike.sandbox.control;

/** A simulator's answer before faults are applied: the body status code and the JSON body. */
public record Reply(String code, Object body) {
}
