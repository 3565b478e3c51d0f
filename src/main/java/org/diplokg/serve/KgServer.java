package org.diplokg.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.store.Credentials;
import org.eclipse.jetty.ee11.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving the knowledge graph at {@code /kg}: SPARQL queries at {@code /kg},
 * {@code /kg/query} and {@code /kg/sparql}, Graph Store reads at {@code /kg} and {@code /kg/get}; with
 * updates allowed, SPARQL Update at {@code /kg/update} and Graph Store writes at {@code /kg/data}, both
 * for the authenticated user only. The Fuseki web UI is at {@code /}.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    private static final String REALM = "diplokg";

    private final FusekiServer server;
    private final String host;

    private KgServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static KgServer start(DatasetGraph dsg, ServeOptions options) {
        dsg.getContext().set(ARQ.queryTimeout, options.queryTimeout().toMillis());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .add(DATASET, dataService(dsg, options))
                // FMod_UI looks for the server control to find its files; without setup() it creates no run/ area.
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                // The read-only part of the admin area that the UI shows (datasets, server status, statistics).
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new ActionDatasets())
                .enablePing(true)
                .enableStats(true)
                .addFilter("/$/*", new AdminGuard());
        if (options.credentials() != null) builder.securityHandler(securityHandler(options.credentials()));
        FusekiServer server = builder.build();
        for (Connector connector : server.getJettyServer().getConnectors())
            if (connector instanceof ServerConnector network) network.setHost(options.host());
        server.start();
        return new KgServer(server, options.host());
    }

    private static DataService dataService(DatasetGraph dsg, ServeOptions options) {
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "")
                .addEndpoint(Operation.GSP_R, "get");
        if (options.allowUpdate()) {
            AuthPolicy writer = Auth.policyAllowSpecific(options.credentials().user());
            service.addEndpoint(Operation.Update, "update", writer)
                    .addEndpoint(Operation.GSP_RW, "data", writer);
        }
        return service.build();
    }

    /** Basic authentication for the admin area; Fuseki adds the update endpoints to it. */
    private static ConstraintSecurityHandler securityHandler(Credentials credentials) {
        var users = JettySecurityLib.makeUserStore(credentials.user(), credentials.password());
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        JettySecurityLib.addPathConstraint(security, "/$/*");
        return security;
    }

    public int port() { return server.getHttpPort(); }

    /** The server's root, where the web UI is. */
    public String url() {
        String shownHost = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        return "http://" + shownHost + ":" + port() + "/";
    }

    /** The dataset's URL, which is also its SPARQL query endpoint. */
    public String datasetUrl() { return url() + DATASET.substring(1); }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
