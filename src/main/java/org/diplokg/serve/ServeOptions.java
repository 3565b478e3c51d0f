package org.diplokg.serve;

import java.time.Duration;
import java.util.Objects;
import org.diplokg.store.Credentials;

/**
 * How the SPARQL server runs.
 *
 * @param host         the address to listen on ("127.0.0.1": this machine only)
 * @param port         the port (0: any free port)
 * @param allowUpdate  whether SPARQL Update and Graph Store writes are offered (they need credentials)
 * @param credentials  the user allowed to update and to use the admin endpoints from other machines, or null
 * @param queryTimeout a query running longer is cancelled
 */
public record ServeOptions(String host, int port, boolean allowUpdate, Credentials credentials, Duration queryTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (allowUpdate && credentials == null)
            throw new IllegalArgumentException("updates need credentials: give a user and a password file");
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("the query timeout must be positive");
    }

    /** Read-only on this machine, port 3030, 30 s per query. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, false, null, DEFAULT_TIMEOUT);
    }
}
