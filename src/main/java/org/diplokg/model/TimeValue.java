package org.diplokg.model;

/**
 * A calendar value at the precision the text gives.
 *
 * @param iso       "2024-06-10", "2024-05" or "2024"
 * @param qualifier "early", "mid", "late", "about", or null
 */
public record TimeValue(String iso, String qualifier) {
    public enum Precision { DAY, MONTH, YEAR }

    public TimeValue {
        if (!iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw new IllegalArgumentException("not an ISO date: " + iso);
    }

    public static TimeValue of(String iso) {
        return new TimeValue(iso, null);
    }

    public Precision precision() {
        return switch (iso.length()) {
            case 10 -> Precision.DAY;
            case 7 -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }
}
