package org.diplokg.lexicon.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Turtle one subject block at a time, in the order given, so that a regenerated file differs from
 * the committed one only where the data changed (a diff a reviewer can read).
 */
final class TurtleWriter {
    private final StringBuilder out = new StringBuilder();

    TurtleWriter(String headerComment, Map<String, String> prefixes) {
        for (String line : headerComment.split("\n")) out.append("# ").append(line).append('\n');
        out.append('\n');
        prefixes.forEach((prefix, ns) -> out.append("@prefix ").append(prefix).append(": <").append(ns).append("> .\n"));
        out.append('\n');
    }

    /** A subject and its predicate → objects, rendered in insertion order; {@code []} makes a blank node. */
    static final class Block {
        private final String subject;
        private final Map<String, List<String>> objects = new LinkedHashMap<>();

        Block(String subject) { this.subject = subject; }

        Block add(String predicate, String object) {
            if (object != null) {
                List<String> list = objects.computeIfAbsent(predicate, p -> new ArrayList<>());
                if (!list.contains(object)) list.add(object);
            }
            return this;
        }

        Block addAll(String predicate, List<String> objects) {
            objects.forEach(o -> add(predicate, o));
            return this;
        }
    }

    TurtleWriter write(Block block) {
        out.append(block.subject);
        String separator = " ";
        for (var entry : block.objects.entrySet()) {
            out.append(separator).append(entry.getKey()).append(' ').append(String.join(" , ", entry.getValue()));
            separator = " ;\n    ";
        }
        out.append(" .\n");
        return this;
    }

    TurtleWriter blankLine() {
        out.append('\n');
        return this;
    }

    String text() { return out.toString(); }

    static String literal(String text, String language) {
        return '"' + escape(text) + "\"@" + language;
    }

    static String typed(String lexical, String datatype) {
        return '"' + escape(lexical) + "\"^^" + datatype;
    }

    static String plain(String text) {
        return '"' + escape(text) + '"';
    }

    private static String escape(String s) {
        var b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
