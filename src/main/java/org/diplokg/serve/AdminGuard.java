package org.diplokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Set;

/**
 * Keeps the admin area ({@code /$/…}, which the web UI reads) from strangers: it answers only requests
 * from this machine or from an authenticated user, and only to read; the query and data validators the
 * UI posts to are the one exception, as they change nothing.
 */
final class AdminGuard implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse reply = (HttpServletResponse) response;
        if (!fromLoopback(http) && http.getUserPrincipal() == null) {
            reply.sendError(HttpServletResponse.SC_FORBIDDEN, "admin endpoints answer this machine or an authenticated user only");
            return;
        }
        if (!READ_METHODS.contains(http.getMethod()) && !isValidator(http)) {
            reply.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "this server's admin area is read-only");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isValidator(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/$/validate/");
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        // The remote address is a literal (IPv6 sometimes in brackets), so this does no name lookup.
        String address = request.getRemoteAddr().replaceAll("^\\[|\\]$", "");
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException notAnAddress) {
            return false;
        }
    }
}
