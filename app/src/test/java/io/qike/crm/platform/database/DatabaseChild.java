package io.qike.crm.platform.database;

import java.nio.file.Path;

/** Qike's embedded database alone, in a process of its own that the crash tests kill like a crash would. */
public final class DatabaseChild {
    private DatabaseChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase.start(Path.of(args[0]));
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
