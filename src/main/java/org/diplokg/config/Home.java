package org.diplokg.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the diplokg installation: the folder holding {@code data/}, {@code ontology/} and {@code queries/}.
 * The jar lives in {@code target/} of that folder, so a user may run it from anywhere.
 */
public final class Home {
    private static final Path HOME = locate();

    private Home() {}

    public static Path dir() { return HOME; }

    public static Path data(String first, String... more) { return HOME.resolve("data").resolve(Path.of(first, more)); }

    public static Path ontology(String file) { return HOME.resolve("ontology").resolve(file); }

    public static Path queries() { return HOME.resolve("queries"); }

    private static Path locate() {
        String configured = System.getProperty("diplokg.home", System.getenv("DIPLOKG_HOME"));
        if (configured != null && !configured.isBlank()) return Path.of(configured).toAbsolutePath();
        Path fromCode = codeLocation();
        for (Path p = fromCode; p != null; p = p.getParent()) if (isHome(p)) return p;
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) if (isHome(p)) return p;
        return Path.of("").toAbsolutePath();
    }

    private static boolean isHome(Path p) {
        return Files.isDirectory(p.resolve("data").resolve("text"));
    }

    private static Path codeLocation() {
        try {
            return Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            return null;
        }
    }
}
