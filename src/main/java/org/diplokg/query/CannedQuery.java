package org.diplokg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A SPARQL query kept in {@code queries/NAME.rq}, described by the comment lines at its top:
 * <pre>
 * # title: Meetings of an actor
 * # description: with whom, where and when an actor met, with the evidence sentence
 * # param: actor the actor's IRI, e.g. id:actor/antony-blinken
 * # param: from (optional) earliest date
 * </pre>
 * A parameter is a plain {@code ?var} of the query, bound by name when the query runs; a parameter whose
 * description says "(optional)" may be left unbound.
 *
 * @param name        the file name without ".rq"
 * @param title       one line, or the name when the header has none
 * @param description what the query answers, or ""
 * @param params      the parameters in header order
 * @param text        the whole file
 */
public record CannedQuery(String name, String title, String description, List<Param> params, String text) {
    public CannedQuery {
        params = List.copyOf(params);
    }

    /** One parameter of a canned query. */
    public record Param(String name, String description, boolean optional) {}

    /** Reads the header of a query text. */
    public static CannedQuery parse(String name, String text) {
        String title = null;
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) continue;
            if (!trimmed.startsWith("#")) break;
            String comment = trimmed.substring(1).strip();
            int colon = comment.indexOf(':');
            if (colon < 0) continue;
            String key = comment.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = comment.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
                case "param" -> params.add(param(value));
                default -> { }
            }
        }
        return new CannedQuery(name, title == null ? name : title, description.toString(), params, text);
    }

    /** "actor the actor's IRI", "?actor — the actor's IRI", "from: (optional) earliest date". */
    private static Param param(String declaration) {
        String[] parts = declaration.split("\\s+", 2);
        String name = parts[0].replaceAll("^[?$]", "").replaceAll("[:,]$", "");
        String description = parts.length > 1 ? parts[1].replaceFirst("^[-–—:]\\s*", "") : "";
        return new Param(name, description, description.toLowerCase(Locale.ROOT).contains("(optional)"));
    }
}
