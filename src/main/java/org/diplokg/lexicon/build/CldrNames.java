package org.diplokg.lexicon.build;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names from CLDR through ICU4J: the standard name, the short one ("UK", "Palestine") and the variant
 * ("Turkey", "Ivory Coast"), in English or Arabic. Names drop a parenthesized part; the one of the standard name
 * is another name ("Myanmar (Burma)" → Burma), the one of a variant only a qualifier ("Congo (Republic)").
 */
final class CldrNames {
    private static final Pattern PARENTHESIZED = Pattern.compile("^(.*?)\\s*\\((.+)\\)$");

    /** The names of one region in one language; {@code label} is the standard name without a parenthesis. */
    record Names(String label, String shortName, List<String> all) {}

    Names of(String iso, String language) {
        var locale = new ULocale(language);
        String standard = new ULocale("", iso).getDisplayCountry(locale);
        String shortName = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT).regionDisplayName(iso);
        var all = new LinkedHashSet<String>();
        Matcher m = PARENTHESIZED.matcher(standard);
        if (m.matches()) all.add(m.group(2));
        for (String name : new String[] {standard, shortName, variant(iso, locale)}) {
            if (name != null) all.add(stripParenthesis(name));
        }
        return new Names(stripParenthesis(standard), stripParenthesis(shortName), new ArrayList<>(all));
    }

    private static String stripParenthesis(String name) {
        Matcher m = PARENTHESIZED.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    /** CLDR's alt="variant" name, which ICU keeps in its region bundle and exposes through no public API. */
    private static String variant(String iso, ULocale locale) {
        try {
            var bundle = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale);
            return bundle.get("Countries%variant").getString(iso);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
