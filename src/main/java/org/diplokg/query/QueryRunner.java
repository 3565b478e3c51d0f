package org.diplokg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;

/**
 * Runs SPARQL queries over a dataset with parameters bound safely (see {@link ParamValue}). Queries may
 * use the dataset's prefixes (dip:, id:, sem:, … from the ontology) without declaring them.
 */
public final class QueryRunner {
    private QueryRunner() {}

    /**
     * Parses the query and binds its parameters: each name must be a variable of the query, and every
     * parameter the query's header declares must be given unless it is optional.
     */
    public static QueryExecBuilder prepare(DatasetGraph dsg, CannedQuery canned, Map<String, String> params) {
        Query query = parse(canned.text(), prefixesOf(dsg));
        for (CannedQuery.Param declared : canned.params()) {
            if (!declared.optional() && !params.containsKey(declared.name()))
                throw new IllegalArgumentException("query '" + canned.name() + "' needs --param " + declared.name()
                        + "=… (" + declared.description() + ")");
        }
        QueryExecBuilder builder = QueryExec.dataset(dsg).query(query);
        bind(query, params).forEach(builder::substitution);
        return builder;
    }

    /** Runs the query and prints its answer in {@code format} (null: a table, or Turtle for graph queries). */
    public static void run(DatasetGraph dsg, CannedQuery canned, Map<String, String> params, OutputFormat format,
                           Duration timeout, OutputStream out) {
        QueryExecBuilder builder = prepare(dsg, canned, params);
        if (timeout != null) builder.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = builder.build()) {
                Query query = exec.getQuery();
                boolean graphQuery = query.isConstructType() || query.isDescribeType();
                OutputFormat chosen = format != null ? format : graphQuery ? OutputFormat.TURTLE : OutputFormat.TABLE;
                if (graphQuery != chosen.rdf())
                    throw new IllegalArgumentException(chosen.name().toLowerCase(Locale.ROOT) + " cannot print the answer of a "
                            + (graphQuery ? "CONSTRUCT or DESCRIBE query (use ttl or jsonld)"
                            : "SELECT or ASK query (use table, csv, tsv, json or xml)"));
                if (query.isSelectType()) writeRows(exec, query, chosen, out);
                else if (query.isAskType()) writeBoolean(exec.ask(), chosen, out);
                else writeGraph(query.isConstructType() ? exec.construct() : exec.describe(), query, chosen, out);
            }
        });
    }

    private static Query parse(String text, PrefixMapping prefixes) {
        Query query = new Query();
        query.setPrefixMapping(prefixes);
        try {
            return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        } catch (org.apache.jena.query.QueryParseException e) {
            throw new IllegalArgumentException("SPARQL syntax: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static PrefixMapping prefixesOf(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> PrefixMapping.Factory.create().setNsPrefixes(dsg.prefixes().getMapping()));
    }

    private static Map<String, Node> bind(Query query, Map<String, String> params) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        String text = query.toString();
        params.forEach((name, value) -> {
            if (!name.matches("\\w+") || !Pattern.compile("[?$]" + name + "\\b").matcher(text).find())
                throw new IllegalArgumentException("the query has no variable ?" + name);
            bindings.put(name, ParamValue.parse(value, query.getPrefixMapping()));
        });
        return bindings;
    }

    private static void writeRows(QueryExec exec, Query query, OutputFormat format, OutputStream out) {
        var rows = exec.select();
        if (format == OutputFormat.TABLE) {
            ResultSetFormatter.out(out, ResultSet.adapt(rows), query.getPrefixMapping());
            return;
        }
        ResultsWriter.create().lang(resultLang(format)).build().write(out, rows);
    }

    private static void writeBoolean(boolean answer, OutputFormat format, OutputStream out) {
        if (format == OutputFormat.TABLE) {
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            print.println(answer ? "yes" : "no");
            return;
        }
        ResultsWriter.create().lang(resultLang(format)).build().write(out, answer);
    }

    private static Lang resultLang(OutputFormat format) {
        return switch (format) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            default -> ResultSetLang.RS_Text;
        };
    }

    private static void writeGraph(Graph graph, Query query, OutputFormat format, OutputStream out) {
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        RDFDataMgr.write(out, graph, format == OutputFormat.JSONLD ? Lang.JSONLD : Lang.TURTLE);
    }
}
