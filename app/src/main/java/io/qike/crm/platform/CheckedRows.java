package io.qike.crm.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one import checked so far. Good rows wait here until a writer takes them, possibly
 * on another thread while later rows are still being checked, hence the lock around the hand-over.
 * Once a row has a problem nothing is kept: the import is going to be rolled back; unless the import
 * skips bad rows ({@link #skipBadRows}), when the good rows are kept and written all the same.
 */
public class CheckedRows<T> {
    private List<T> pending = new ArrayList<>();
    private volatile boolean failed;
    private volatile boolean skipping;

    /** For an import that imports the good rows and reports the bad: a bad row no longer drops the others. */
    public void skipBadRows() {
        skipping = true;
    }

    public synchronized void keep(T row) {
        if (!failed) pending.add(row);
    }

    public synchronized List<T> take() {
        List<T> taken = pending;
        pending = new ArrayList<>();
        return taken;
    }

    public synchronized void fail() {
        if (skipping) return;
        failed = true;
        pending.clear();
    }

    /** True once any row had a problem; such a batch must not be committed. */
    public boolean failed() {
        return failed;
    }
}
