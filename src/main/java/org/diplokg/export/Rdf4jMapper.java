package org.diplokg.export;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Converts statements between Jena and RDF4J, which share no model classes. Blank nodes keep their
 * labels, so one conversion maps one blank node to one blank node. RDF 1.2 triple terms and
 * directional language tags have no RDF4J 5 counterpart and are refused.
 */
public final class Rdf4jMapper {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4jMapper() {}

    /** A quad as an RDF4J statement; a quad of the default graph gets no context. */
    public static Statement toRdf4j(Quad quad) {
        Resource context = quad.isDefaultGraph() ? null : (Resource) toRdf4j(quad.getGraph());
        return VF.createStatement((Resource) toRdf4j(quad.getSubject()), (IRI) toRdf4j(quad.getPredicate()),
                toRdf4j(quad.getObject()), context);
    }

    public static Value toRdf4j(Node node) {
        if (node.isURI()) return VF.createIRI(node.getURI());
        if (node.isBlank()) return VF.createBNode(node.getBlankNodeLabel());
        if (node.isLiteral()) {
            if (node.getLiteralBaseDirection() != null)
                throw new IllegalArgumentException("RDF4J has no directional literals: " + node);
            String language = node.getLiteralLanguage();
            if (!language.isEmpty()) return VF.createLiteral(node.getLiteralLexicalForm(), language);
            return VF.createLiteral(node.getLiteralLexicalForm(), VF.createIRI(node.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("no RDF4J counterpart for " + node);
    }

    /** A statement as a Jena quad; a statement without context lands in the default graph. */
    public static Quad toJena(Statement statement) {
        Node graph = statement.getContext() == null ? Quad.defaultGraphIRI : toJena(statement.getContext());
        return Quad.create(graph, toJena(statement.getSubject()), toJena(statement.getPredicate()),
                toJena(statement.getObject()));
    }

    public static Node toJena(Value value) {
        if (value instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (value instanceof BNode bnode) return NodeFactory.createBlankNode(bnode.getID());
        if (value instanceof Literal literal) {
            if (literal.getLanguage().isPresent())
                return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
            return NodeFactory.createLiteralDT(literal.getLabel(),
                    TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
        }
        throw new IllegalArgumentException("no Jena counterpart for " + value);
    }
}
