package io.qike.crm.importexport;

/** The life of an import job; FAILED means nothing was imported (all or nothing). */
public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
