package org.diplokg.cli;

import java.nio.file.Path;
import org.diplokg.store.Credentials;

/** Option checks shared by commands. */
final class Options {
    private Options() {}

    /** Credentials from --user and --password-file: both or neither. */
    static Credentials credentials(String user, Path passwordFile) {
        if (user == null && passwordFile == null) return null;
        if (user == null || passwordFile == null)
            throw new IllegalArgumentException("--user and --password-file go together");
        return Credentials.fromPasswordFile(user, passwordFile);
    }
}
