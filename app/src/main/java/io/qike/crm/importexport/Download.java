package io.qike.crm.importexport;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a generated file goes. The service opens it only after its permission check has passed
 * and it has named the file, so a refusal still reaches the caller as a clean error, not as a
 * half-announced download.
 */
@FunctionalInterface
public interface Download {
    OutputStream open(String fileName) throws IOException;
}
