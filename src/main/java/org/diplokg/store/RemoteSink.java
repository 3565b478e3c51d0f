package org.diplokg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.diplokg.graph.DIP;

/**
 * Pushes each article graph to a running SPARQL server with the Graph Store Protocol: an HTTP PUT of
 * the whole graph, which the server applies as one replacement. With a query endpoint the sink also
 * asks whether the server already holds the article's version (then the article is skipped) and
 * whether the graph existed (added or replaced); without one, every article is sent and counted as added.
 */
public final class RemoteSink implements GraphSink {
    private static final Query STORED_VERSION = QueryFactory.create("""
            ASK { GRAPH ?graph { ?article ?hashProperty ?hash ; ?versionProperty ?version } }
            """);
    private static final Query GRAPH_EXISTS = QueryFactory.create("ASK { GRAPH ?graph { ?s ?p ?o } }");

    private final String graphStore;
    private final String queryEndpoint;
    private final Credentials credentials;

    /**
     * @param graphStore    the Graph Store Protocol endpoint (for Fuseki: http://host:3030/kg/data)
     * @param queryEndpoint the SPARQL query endpoint of the same dataset, or null
     * @param credentials   for basic authentication, or null
     */
    public RemoteSink(String graphStore, String queryEndpoint, Credentials credentials) {
        this.graphStore = graphStore;
        this.queryEndpoint = queryEndpoint;
        this.credentials = credentials;
    }

    @Override
    public boolean isCurrent(ArticleKey key) {
        if (queryEndpoint == null) return false;
        return ask(STORED_VERSION.cloneQuery(), query()
                .substitution("graph", NodeFactory.createURI(key.graphIri()))
                .substitution("article", NodeFactory.createURI(key.articleIri()))
                .substitution("hashProperty", DIP.contentHash.asNode())
                .substitution("hash", NodeFactory.createLiteralString(key.contentHash()))
                .substitution("versionProperty", DIP.extractorVersion.asNode())
                .substitution("version", NodeFactory.createLiteralString(key.extractorVersion())));
    }

    @Override
    public List<StoreResult> put(ArticleEntry entry) {
        try {
            Node graph = NodeFactory.createURI(entry.key().graphIri());
            boolean existed = queryEndpoint != null
                    && ask(GRAPH_EXISTS.cloneQuery(), query().substitution("graph", graph));
            GSP gsp = GSP.service(graphStore).graphName(graph);
            if (credentials != null) gsp.httpHeader("Authorization", credentials.basicAuthorization());
            gsp.PUT(entry.graph());
            return List.of(new StoreResult(entry, existed ? Outcome.REPLACED : Outcome.ADDED, entry.graph().size(), null));
        } catch (RuntimeException e) {
            return List.of(StoreResult.failed(entry, graphStore + ": " + e.getMessage()));
        }
    }

    private QueryExecHTTPBuilder query() {
        QueryExecHTTPBuilder builder = QueryExecHTTPBuilder.service(queryEndpoint);
        if (credentials != null) builder.httpHeader("Authorization", credentials.basicAuthorization());
        return builder;
    }

    private static boolean ask(Query query, org.apache.jena.sparql.exec.QueryExecBuilder builder) {
        try (var exec = builder.query(query).build()) {
            return exec.ask();
        }
    }

    /** Nothing is buffered: every article is sent when it is put. */
    @Override
    public List<StoreResult> flush() {
        return List.of();
    }

    @Override
    public void close() {}
}
