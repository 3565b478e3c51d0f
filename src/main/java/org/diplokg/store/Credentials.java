package org.diplokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;

/** A user name and password for HTTP basic authentication. */
public record Credentials(String user, String password) {
    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) throw new IllegalArgumentException("bad user name: " + user);
        if (password.isEmpty()) throw new IllegalArgumentException("empty password");
    }

    /** Reads the password from the first line of a file, so that it never shows in a process list. */
    public static Credentials fromPasswordFile(String user, Path passwordFile) {
        try {
            String password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
                    .findFirst().orElse("").strip();
            return new Credentials(user, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + passwordFile, e);
        }
    }

    /** The value of an {@code Authorization} header. */
    public String basicAuthorization() {
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[" + user + "]";
    }
}
