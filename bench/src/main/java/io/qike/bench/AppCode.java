package io.qike.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The app's own name normalisation, called rather than copied so that loaded rows match what the
 * app would store. Looked up at run time: the app module's jar is a Spring Boot executable jar
 * (classes under BOOT-INF/), which Maven cannot compile against, while at run time the bench runs
 * inside that jar's class path (see bench/run.sh).
 */
final class AppCode {
    private static final MethodHandle NORMALIZE;

    static {
        try {
            Class<?> names = Class.forName("io.qike.crm.dedup.CompanyNames");
            NORMALIZE = MethodHandles.publicLookup().findStatic(names, "normalize", MethodType.methodType(String.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("io.qike.crm.dedup.CompanyNames not on the class path: start the bench with bench/run.sh", e);
        }
    }

    private AppCode() {
    }

    static String normalizeName(String name) {
        try {
            return (String) NORMALIZE.invokeExact(name);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
