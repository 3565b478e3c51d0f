package org.diplokg.extract.time;

/** Where a direction word points relative to the publication date. */
enum Direction {
    PAST, NEXT, CURRENT;

    static Direction of(String code) {
        return switch (code) {
            case "past" -> PAST;
            case "next" -> NEXT;
            case "current" -> CURRENT;
            default -> throw new IllegalArgumentException("directions.tsv: unknown direction " + code);
        };
    }

    int shift() {
        return switch (this) {
            case PAST -> -1;
            case CURRENT -> 0;
            case NEXT -> 1;
        };
    }
}
