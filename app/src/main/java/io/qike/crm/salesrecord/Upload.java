package io.qike.crm.salesrecord;

import java.io.InputStream;
import java.util.function.Supplier;

/** A file sent with a sales record. */
public record Upload(String fileName, long size, Supplier<InputStream> content) {
}
