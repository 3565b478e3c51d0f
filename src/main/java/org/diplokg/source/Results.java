package org.diplokg.source;

/** Error results: one line that says where and what. */
final class Results {
    private Results() {}

    static SourceResult error(String origin, String what) {
        return new SourceResult(origin, null, oneLine(origin + ": " + what));
    }

    static SourceResult error(String origin, Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return error(origin, e.getClass().getSimpleName() + message);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
