package io.qike.crm.opportunity;

/**
 * A stage of a sales process: its place (smallest first), the win probability it suggests and its kind — OPEN stages
 * are the pipeline, WON (赢单) and LOST (输单) close the opportunity. The name is the enterprise's data, shown as typed.
 */
public record SalesStage(long id, long processId, String name, int position, int probability, String kind) {
    public static final String OPEN = "OPEN", WON = "WON", LOST = "LOST";

    public boolean open() {
        return OPEN.equals(kind);
    }

    public boolean closes() {
        return !open();
    }
}
