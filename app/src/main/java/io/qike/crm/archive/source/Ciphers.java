package io.qike.crm.archive.source;

import java.security.GeneralSecurityException;

/**
 * Per-thread JCA objects (ciphers, digests) for the archive's decryption: they are not thread-safe, and making one per
 * item (a provider look-up) costs as much as the work itself. A missing algorithm, which every JDK has, is an
 * {@link IllegalStateException}.
 */
public final class Ciphers {
    private Ciphers() {
    }

    /** Makes a JCA object; may throw what {@code getInstance} throws. */
    public interface Maker<T> {
        T make() throws GeneralSecurityException;
    }

    /** One instance per thread, made on its first use. */
    public static <T> ThreadLocal<T> perThread(Maker<T> maker) {
        return ThreadLocal.withInitial(() -> {
            try {
                return maker.make();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
