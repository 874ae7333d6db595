package io.qike.crm.dashboard;

import java.util.List;
import java.util.Map;

/**
 * One slice of the level donut. Each level keeps its colour whichever levels the user's customers have, so
 * "A" is the same blue on every dashboard and from one day to the next; customers without a level are "-".
 */
record LevelSlice(String level, long count, String color) {
    static final String UNRATED = "-";
    private static final Map<String, String> COLORS = Map.of("A", "#206bc4", "B", "#4299e1", "C", "#f59f00", "D", "#d63939",
            UNRATED, "#adb5bd");
    private static final String OTHER = "#ae3ec9";

    static List<LevelSlice> of(Map<String, Long> byLevel) {
        return byLevel.entrySet().stream().map(e -> new LevelSlice(e.getKey(), e.getValue(), COLORS.getOrDefault(e.getKey(), OTHER)))
                .toList();
    }

    public boolean unrated() {
        return UNRATED.equals(level);
    }
}
