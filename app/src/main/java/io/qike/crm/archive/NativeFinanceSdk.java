package io.qike.crm.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tencent's native Finance SDK ({@code libWeWorkFinanceSdk_Java.so}), which the production archive source needs and
 * no package registry has (see the README, "Conversation archive in production"). Its path is
 * {@code qike.wecom.archive.sdk-path}; the source is {@code qike.wecom.archive.source}: {@code sandbox} (the embedded
 * default: the simulator's HTTP stand-in) or {@code native} (production). Checked and logged once at start-up.
 */
@Component
public class NativeFinanceSdk {
    public static final String LIBRARY = "libWeWorkFinanceSdk_Java.so";
    public static final String DEFAULT_PATH = "/opt/wework/" + LIBRARY;
    private static final Logger log = LoggerFactory.getLogger(NativeFinanceSdk.class);
    private static volatile String path = DEFAULT_PATH;
    private static volatile boolean nativeSource;

    NativeFinanceSdk(@Value("${qike.wecom.archive.sdk-path:" + DEFAULT_PATH + "}") String sdkPath,
                     @Value("${qike.wecom.archive.source:sandbox}") String source) {
        path = sdkPath == null || sdkPath.isBlank() ? DEFAULT_PATH : sdkPath.trim();
        nativeSource = "native".equalsIgnoreCase(source == null ? "" : source.trim());
    }

    /** Whether the library is at {@link #expectedPath()} or, by its file name, on {@code java.library.path}. */
    public static boolean available() {
        if (Files.isReadable(Path.of(path))) return true;
        String libraryPath = System.getProperty("java.library.path", "");
        for (String dir : libraryPath.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isReadable(Path.of(dir, LIBRARY))) return true;
        }
        return false;
    }

    /** Where the library is expected ({@code qike.wecom.archive.sdk-path}). */
    public static String expectedPath() {
        return path;
    }

    /** Whether the production source (the native SDK) is configured rather than the simulator's stand-in. */
    public static boolean nativeSourceConfigured() {
        return nativeSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logOnce() {
        if (!nativeSource) {
            log.info("Conversation archive: the simulator's HTTP stand-in is the source (qike.wecom.archive.source=sandbox); "
                    + "the native Finance SDK is not used");
        } else if (!available()) {
            log.warn("Conversation archive: qike.wecom.archive.source=native but {} is missing at {}; no message can be pulled "
                    + "until it is installed (README, \"Conversation archive in production\")", LIBRARY, path);
        } else {
            log.info("Conversation archive: native Finance SDK found at {}", path);
        }
    }
}
