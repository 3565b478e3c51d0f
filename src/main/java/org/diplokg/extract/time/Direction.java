package org.diplokg.extract.time;

/** Where a direction word points relative to the publication date. */
enum Direction {
    /** "السبت قبل الماضي", "الشهر قبل الماضي": the one before the last. */
    BEFORE_LAST, PAST, NEXT, CURRENT;

    static Direction of(String code) {
        return switch (code) {
            case "before-last" -> BEFORE_LAST;
            case "past" -> PAST;
            case "next" -> NEXT;
            case "current" -> CURRENT;
            default -> throw new IllegalArgumentException("directions.tsv: unknown direction " + code);
        };
    }

    /** Points before publication: "الماضي", "قبل الماضي". */
    boolean back() {
        return shift() < 0;
    }

    int shift() {
        return switch (this) {
            case BEFORE_LAST -> -2;
            case PAST -> -1;
            case CURRENT -> 0;
            case NEXT -> 1;
        };
    }
}
