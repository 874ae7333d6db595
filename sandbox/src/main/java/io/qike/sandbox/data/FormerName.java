package io.qike.sandbox.data;

import java.time.LocalDate;

/** A name the company used until {@code changedOn}, when it was renamed. */
public record FormerName(String name, LocalDate changedOn) {
}
