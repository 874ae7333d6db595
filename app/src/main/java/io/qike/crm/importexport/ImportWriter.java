package io.qike.crm.importexport;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an import's good rows on its own thread, in one transaction held open from the first
 * chunk to the last, while the job's thread goes on reading and checking. On a machine with two
 * cores this lets Java check one chunk while PostgreSQL inserts the previous one. The
 * transaction is committed only when the reader says every row was checked and none had a
 * problem; in every other case it is rolled back, so an import stays all or nothing. Just before
 * the commit, {@code committing} records the outcome in the same transaction (the job's checkpoint),
 * so a job resumed after a crash knows whether its rows are in.
 */
final class ImportWriter {
    private enum Signal { MORE, COMMIT, ROLLBACK }

    private final BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> done;

    /** {@code thread} runs the writer beside the reader (the job's {@code beside}). */
    ImportWriter(TransactionTemplate tx, ImportTarget target, String fileName, IntConsumer progress, IntConsumer committing,
                 Function<Supplier<Integer>, CompletableFuture<Integer>> thread) {
        this.done = thread.apply(() -> tx.execute(status -> {
            int written = 0;
            Signal s;
            do {
                s = take();
                if (!target.failed()) {
                    int n = target.writeChecked();
                    if (n > 0) progress.accept(written += n);
                }
            } while (s == Signal.MORE);
            if (s == Signal.COMMIT && !target.failed()) {
                target.recordImport(fileName, written);
                committing.accept(written);
                return written;
            }
            status.setRollbackOnly();
            return 0;
        }));
    }

    /** More checked rows are waiting. */
    void rowsChecked() {
        signals.add(Signal.MORE);
    }

    /** True when the writer has stopped on an error, so reading on is pointless. */
    boolean broken() {
        return done.isCompletedExceptionally();
    }

    /** Writes what is left and commits; returns the rows written, or throws what the writer ran into. */
    int commit() {
        signals.add(Signal.COMMIT);
        try {
            return done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Rolls back whatever was written and waits for the writer to let go of its connection. */
    void rollback() {
        signals.add(Signal.ROLLBACK);
        try {
            done.join();
        } catch (CompletionException ignored) {
            // the writer had failed already; nothing was committed either way
        }
    }

    private Signal take() {
        try {
            return signals.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Signal.ROLLBACK;
        }
    }
}
