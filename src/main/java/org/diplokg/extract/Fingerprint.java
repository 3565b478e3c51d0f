package org.diplokg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A short hash of what decides an extraction's output: the compiled classes of the stages that read the text and
 * build the graph, and the language data under {@code data/}. Ingest re-extracts an article whose stored version
 * differs, so a new build or an edited word list reaches articles ingested before it, with no version number to
 * remember to bump.
 */
final class Fingerprint {
    /** Packages whose code decides the triples of an article (as class-file paths). */
    private static final List<String> DECIDING_PACKAGES = List.of("org/diplokg/extract/", "org/diplokg/text/",
            "org/diplokg/lexicon/", "org/diplokg/model/", "org/diplokg/graph/");
    /** Folders of data/ that are not language data: articles, their gold and the evaluation's settings. */
    private static final Set<String> NOT_LANGUAGE_DATA = Set.of("articles", "heldout", "eval");
    private static final int LENGTH = 12;

    private Fingerprint() {
    }

    /** "code-data": the hash of the extractor's classes, a dash, the hash of the language data under the folder. */
    static String of(Path dataDir) {
        return CodeHash.VALUE + "-" + ofData(dataDir);
    }

    /** The classes do not change while the program runs: hashed once, on first use. */
    private static final class CodeHash {
        static final String VALUE = ofCode();
    }

    static String ofData(Path dataDir) {
        MessageDigest sha = sha256();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> isLanguageData(dataDir, f)).sorted().toList()) {
                sha.update(dataDir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data under " + dataDir, e);
        }
        return hex(sha);
    }

    private static boolean isLanguageData(Path dataDir, Path file) {
        return !NOT_LANGUAGE_DATA.contains(dataDir.relativize(file).getName(0).toString());
    }

    /** The classes come from the jar the extractor runs from, or from the class folder in a build. */
    static String ofCode() {
        MessageDigest sha = sha256();
        try {
            Path location = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) hashClassFolder(location, sha);
            else hashJar(location, sha);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extractor's classes", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the extractor's classes have no file location", e);
        }
        return hex(sha);
    }

    private static void hashClassFolder(Path root, MessageDigest sha) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (deciding(name)) update(sha, name, Files.readAllBytes(f));
            }
        }
    }

    private static void hashJar(Path jarPath, MessageDigest sha) throws IOException {
        try (var jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> deciding(e.getName())).sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    update(sha, entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static boolean deciding(String classFile) {
        return classFile.endsWith(".class") && DECIDING_PACKAGES.stream().anyMatch(classFile::startsWith);
    }

    private static void update(MessageDigest sha, String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest()).substring(0, LENGTH);
    }
}
