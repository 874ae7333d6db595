package io.qike.crm.platform.database;

import java.io.IOException;

/**
 * Ends the embedded database when Qike ends without stopping it (killed, out of memory, a crash): the
 * server runs detached and cannot see that by itself. A tiny shell process started by Qike waits on a pipe
 * from it; when Qike's process is gone, for whatever reason, the system closes that pipe and the shell asks
 * the server for a fast shutdown (SIGINT). On a normal stop the shell is ended after the server. What a
 * power loss leaves behind is cleared on the next start ({@link LeftoverServer}).
 */
final class ParentWatch implements AutoCloseable {
    private final Process watcher;

    private ParentWatch(Process watcher) {
        this.watcher = watcher;
    }

    static ParentWatch start(long postmasterPid) throws IOException {
        if (System.getProperty("os.name", "").startsWith("Windows")) return new ParentWatch(null);
        // Ignores Ctrl-C and hang-up sent to Qike's terminal: Qike then stops the server itself.
        String script = "trap '' INT HUP; read line; kill -INT " + postmasterPid;
        Process watcher = new ProcessBuilder("sh", "-c", script)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // Its stdin stays open (and referenced) for as long as this process lives.
        return new ParentWatch(watcher);
    }

    @Override
    public void close() {
        if (watcher != null) watcher.destroy();
    }
}
