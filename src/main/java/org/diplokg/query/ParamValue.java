package org.diplokg.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;

/**
 * Turns a {@code --param name=value} value into an RDF term. The value becomes a term on its own and is
 * substituted into the already parsed query, never spliced into the query text, so no value can change
 * the query's structure. The rules, first match wins:
 * <ul>
 * <li>{@code <http://…>}: an IRI (it must be absolute and valid);</li>
 * <li>{@code prefix:local}: an IRI, when the prefix is declared by the query or the dataset
 *     (an unknown prefix is an error rather than a guess);</li>
 * <li>{@code "text"} or {@code "text"@ar}: a string, or a string with a language tag;</li>
 * <li>{@code 2024-06-10}: an {@code xsd:date};</li>
 * <li>{@code 42}, {@code -3}: an {@code xsd:integer};</li>
 * <li>anything else: a plain string.</li>
 * </ul>
 */
public final class ParamValue {
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w.-]*)?:([^\\s<>\"{}|^`\\\\]*)");
    private static final Pattern QUOTED = Pattern.compile("\"(.*)\"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

    private ParamValue() {}

    public static Node parse(String value, PrefixMapping prefixes) {
        if (value.startsWith("<") && value.endsWith(">")) return iri(value.substring(1, value.length() - 1));
        Matcher quoted = QUOTED.matcher(value);
        if (quoted.matches()) {
            return quoted.group(2) == null ? NodeFactory.createLiteralString(quoted.group(1))
                    : NodeFactory.createLiteralLang(quoted.group(1), quoted.group(2));
        }
        Matcher prefixed = PREFIXED.matcher(value);
        if (prefixed.matches()) {
            String prefix = prefixed.group(1) == null ? "" : prefixed.group(1);
            String namespace = prefixes.getNsPrefixURI(prefix);
            if (namespace == null)
                throw new IllegalArgumentException("unknown prefix '" + prefix + ":' in " + value
                        + " (write <IRI>, or \"text\" for a string)");
            return iri(namespace + prefixed.group(2));
        }
        if (DATE.matcher(value).matches() && XSDDatatype.XSDdate.isValid(value))
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
        if (INTEGER.matcher(value).matches()) return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        return NodeFactory.createLiteralString(value);
    }

    private static Node iri(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute() || parsed.hasViolations()) throw new IRIException("not an absolute IRI");
            return NodeFactory.createURI(parsed.str());
        } catch (IRIException e) {
            throw new IllegalArgumentException("bad IRI <" + iri + ">: " + e.getMessage());
        }
    }
}
