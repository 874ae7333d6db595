package io.qike.crm.importexport;

/**
 * The life of an import job. FAILED means nothing was imported, except by a partial import that
 * stopped halfway: the rows it committed before stay, and its note says how many.
 */
public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
