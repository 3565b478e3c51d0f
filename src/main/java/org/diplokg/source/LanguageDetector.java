package org.diplokg.source;

/** Tells Arabic from English copy by the share of Arabic-script letters against Latin ones. */
public final class LanguageDetector {
    private LanguageDetector() {}

    /** "ar" when Arabic-script letters outnumber Latin letters, else "en" (also for text without letters). */
    public static String detect(String text) {
        long arabic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return arabic > latin ? "ar" : "en";
    }
}
