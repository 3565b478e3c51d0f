package org.diplokg.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplokg.graph.Vocab.PROV;
import org.diplokg.graph.Vocab.SCHEMA;
import org.diplokg.graph.Vocab.SEM;
import org.diplokg.graph.Vocab.TIME;
import org.diplokg.model.Actor;
import org.diplokg.model.Article;
import org.diplokg.model.Event;
import org.diplokg.model.Evidence;
import org.diplokg.model.Extraction;
import org.diplokg.model.Mention;
import org.diplokg.model.Phase;
import org.diplokg.model.Place;
import org.diplokg.model.Tenure;
import org.diplokg.model.TimeValue;

/**
 * Maps one article's extraction to the content of its named graph (DESIGN 2–4): the article's metadata and
 * stored body, the extraction run, the actors and places it names, the tenures and events it states, and for
 * each of those the {@code dip:Mention}s that cite the body, so any triple leads back to its sentence.
 * The mapping is a pure function: the same extraction always gives the same triples (no blank nodes, no clock).
 */
public final class ArticleGraph {
    /** The {@code Event.quantities} names and the properties that carry them. */
    private static final Map<String, Property> QUANTITIES = Map.of(
            "released", DIP.releasedCount,
            "votesFor", DIP.votesFor,
            "votesAgainst", DIP.votesAgainst,
            "abstentions", DIP.abstentions);

    private ArticleGraph() {}

    /** The content of the article's named graph, IRIs under the default base. */
    public static Model map(Extraction extraction) {
        return map(extraction, Iris.defaults());
    }

    /** The content of the article's named graph, IRIs minted by {@code iris}. */
    public static Model map(Extraction extraction, Iris.Scheme iris) {
        return new Mapping(extraction, iris).build();
    }

    /** The IRIs of the extraction's events, in extraction order: shared ones from the identity key, else local. */
    public static List<String> eventIris(Extraction extraction, Iris.Scheme iris) {
        List<String> result = new ArrayList<>();
        List<Event> events = extraction.events();
        for (int i = 0; i < events.size(); i++) {
            result.add(iris.event(events.get(i), extraction.article().id(), i + 1));
        }
        return result;
    }

    /** One mapping run; holds the model and the lookups its steps share. */
    private static final class Mapping {
        private final Extraction extraction;
        private final Article article;
        private final Iris.Scheme iris;
        private final Model model = ModelFactory.createDefaultModel();
        private final Resource articleNode;
        private final Set<String> actorSlugs;
        private final Set<String> placeSlugs;

        Mapping(Extraction extraction, Iris.Scheme iris) {
            this.extraction = extraction;
            this.article = extraction.article();
            this.iris = iris;
            this.articleNode = model.createResource(iris.article(article.id()));
            this.actorSlugs = extraction.actors().stream().map(Actor::slug).collect(Collectors.toSet());
            this.placeSlugs = extraction.places().stream().map(Place::slug).collect(Collectors.toSet());
            model.setNsPrefixes(Vocab.PREFIXES);
        }

        Model build() {
            mapArticle();
            extraction.actors().forEach(this::mapActor);
            extraction.places().forEach(this::mapPlace);
            extraction.actorMentions().forEach(this::mapMention);
            extraction.tenures().forEach(this::mapTenure);
            List<String> eventIris = eventIris(extraction, iris);
            for (int i = 0; i < extraction.events().size(); i++) {
                mapEvent(extraction.events().get(i), model.createResource(eventIris.get(i)), eventIris);
            }
            return model;
        }

        private void mapArticle() {
            Resource run = model.createResource(
                    iris.extractionRun(article.id(), article.contentHash(), extraction.extractorVersion()))
                    .addProperty(RDF.type, DIP.ExtractionRun)
                    .addProperty(DIP.extractorVersion, extraction.extractorVersion());
            articleNode.addProperty(RDF.type, SCHEMA.NewsArticle)
                    .addProperty(SCHEMA.inLanguage, article.language())
                    .addProperty(DIP.contentHash, article.contentHash())
                    .addProperty(DIP.extractorVersion, extraction.extractorVersion())
                    .addProperty(DIP.body, text(article.body()))
                    .addProperty(PROV.wasGeneratedBy, run);
            if (article.url() != null) articleNode.addProperty(SCHEMA.url, model.createResource(Iris.webIri(article.url())));
            if (article.title() != null) articleNode.addProperty(SCHEMA.headline, text(article.title()));
            if (article.published() != null) {
                articleNode.addProperty(SCHEMA.datePublished, typed(article.published().toString(), XSDDatatype.XSDdate));
            }
            if (article.publisher() != null) articleNode.addProperty(SCHEMA.publisher, article.publisher());
            if (article.dateline() != null) articleNode.addProperty(DIP.dateline, text(article.dateline()));
        }

        private void mapActor(Actor actor) {
            Resource node = model.createResource(iris.actor(actor.slug()))
                    .addProperty(RDF.type, DIP.actorClass(actor.type()));
            describe(node, actor.labels(), actor.aliases(), actor.qid(), actor.country());
        }

        private void mapPlace(Place place) {
            Resource node = model.createResource(iris.place(place.slug())).addProperty(RDF.type, DIP.Place);
            describe(node, place.labels(), place.aliases(), place.qid(), place.country());
        }

        private void describe(Resource node, Map<String, String> labels, List<String> aliases, String qid, String country) {
            labels.forEach((language, label) -> node.addProperty(RDFS.label, label, language));
            aliases.forEach(alias -> node.addProperty(SKOS.altLabel, alias, scriptLanguage(alias)));
            if (qid != null) node.addProperty(SCHEMA.sameAs, model.createResource(Vocab.WIKIDATA_ENTITY + qid));
            if (country != null) node.addProperty(DIP.country, model.createResource(iris.actor(country)));
        }

        private void mapMention(Mention mention) {
            Resource named = model.createResource(actorOrPlace(mention.slug()));
            articleNode.addProperty(DIP.mentions, named);
            named.addProperty(DIP.evidence, evidence(mention.evidence()));
        }

        private void mapTenure(Tenure tenure) {
            Resource node = model.createResource(iris.tenure(article.id(), tenure))
                    .addProperty(RDF.type, DIP.Tenure)
                    .addProperty(ORG.member, model.createResource(iris.actor(tenure.holder())))
                    .addProperty(DIP.title, tenure.title(), tenure.language())
                    .addProperty(DIP.evidence, evidence(tenure.evidence()));
            if (tenure.organization() != null) {
                node.addProperty(ORG.organization, model.createResource(iris.actor(tenure.organization())));
            }
            if (article.published() != null) {
                node.addProperty(DIP.asOf, typed(article.published().toString(), XSDDatatype.XSDdate));
            }
        }

        private void mapEvent(Event event, Resource node, List<String> eventIris) {
            node.addProperty(RDF.type, DIP.eventClass(event.type()));
            EventIdentity.key(event).ifPresent(key -> node.addProperty(DIP.identityKey, key));
            Ontology.defaultEventCodes(event.type()).forEach(code -> node.addProperty(DIP.eventCode, code));
            event.roles().forEach((role, slugs) -> slugs.forEach(
                    slug -> node.addProperty(DIP.role(role), model.createResource(iris.actor(slug)))));
            event.places().forEach(slug -> node.addProperty(SEM.hasPlace, model.createResource(actorOrPlace(slug))));
            mapTime(event, node);
            if (event.duration() != null) node.addProperty(TIME.hasXSDDuration, typed(xsdDuration(event.duration()), XSDDatatype.XSDduration));
            if (event.phaseCount() != null) node.addProperty(DIP.phaseCount, positive(event.phaseCount()));
            event.phases().forEach(phase -> node.addProperty(DIP.hasPhase, phase(node, phase)));
            if (event.ordinal() != null) node.addProperty(DIP.ordinal, positive(event.ordinal()));
            if (event.status() != null) node.addProperty(DIP.status, event.status());
            event.quantities().forEach((name, count) -> node.addProperty(quantity(name), nonNegative(count)));
            if (event.respondsTo() >= 0) node.addProperty(DIP.respondsTo, model.createResource(eventIris.get(event.respondsTo())));
            event.evidence().forEach(evidence -> node.addProperty(DIP.evidence, evidence(evidence)));
        }

        /** Time stamps typed at the text's precision; the qualifier ("late May") belongs to the one bound that has it. */
        private void mapTime(Event event, Resource node) {
            if (event.time() != null) node.addProperty(SEM.hasTimeStamp, calendar(event.time()));
            if (event.begin() != null) node.addProperty(SEM.hasBeginTimeStamp, calendar(event.begin()));
            if (event.end() != null) node.addProperty(SEM.hasEndTimeStamp, calendar(event.end()));
            Stream.of(event.time(), event.begin(), event.end())
                    .filter(Objects::nonNull).map(TimeValue::qualifier).filter(Objects::nonNull)
                    .findFirst().ifPresent(qualifier -> node.addProperty(DIP.timeQualifier, qualifier));
        }

        private Resource phase(Resource event, Phase phase) {
            Resource node = model.createResource(iris.phase(event.getURI(), phase.ordinal()))
                    .addProperty(RDF.type, DIP.Phase)
                    .addProperty(DIP.ordinal, positive(phase.ordinal()));
            if (phase.description() != null) node.addProperty(DCTerms.description, text(phase.description()));
            if (phase.duration() != null) node.addProperty(TIME.hasXSDDuration, typed(xsdDuration(phase.duration()), XSDDatatype.XSDduration));
            return node;
        }

        /** The Web Annotation node citing a span of the stored body: position and quote selectors. */
        private Resource evidence(Evidence evidence) {
            String iri = iris.mention(article.id(), evidence);
            Resource position = model.createResource(iri + "#position")
                    .addProperty(RDF.type, OA.TextPositionSelector)
                    .addProperty(OA.start, nonNegative(evidence.start()))
                    .addProperty(OA.end, nonNegative(evidence.end()));
            Resource quote = model.createResource(iri + "#quote")
                    .addProperty(RDF.type, OA.TextQuoteSelector)
                    .addProperty(OA.exact, evidence.quote());
            return model.createResource(iri)
                    .addProperty(RDF.type, DIP.Mention)
                    .addProperty(OA.hasSource, articleNode)
                    .addProperty(OA.hasSelector, position)
                    .addProperty(OA.hasSelector, quote)
                    .addProperty(DIP.sentenceIndex, nonNegative(evidence.sentence()))
                    .addProperty(DIP.confidence, typed(BigDecimal.valueOf(evidence.confidence()).toPlainString(), XSDDatatype.XSDdecimal))
                    .addProperty(DIP.method, evidence.method());
        }

        /** A slug names a place when the extraction lists it as one, else an actor (a state standing as a place). */
        private String actorOrPlace(String slug) {
            if (placeSlugs.contains(slug)) return iris.place(slug);
            if (actorSlugs.contains(slug)) return iris.actor(slug);
            return iris.place(slug);
        }

        private Literal calendar(TimeValue value) {
            RDFDatatype type = switch (value.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            };
            return typed(value.iso(), type);
        }

        private Literal text(String value) { return model.createLiteral(value, article.language()); }

        private Literal typed(String lexical, RDFDatatype type) { return model.createTypedLiteral(lexical, type); }

        private Literal positive(int n) { return typed(Integer.toString(n), XSDDatatype.XSDpositiveInteger); }

        private Literal nonNegative(int n) { return typed(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger); }
    }

    private static Property quantity(String name) {
        Property property = QUANTITIES.get(name);
        if (property == null) throw new IllegalArgumentException("unknown quantity '" + name + "', expected one of " + QUANTITIES.keySet());
        return property;
    }

    /**
     * The language of an alias, which the model leaves untagged: the project reads Arabic and English only,
     * so a name written in Arabic script is Arabic and any other is English.
     */
    private static String scriptLanguage(String alias) {
        return alias.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) ? "ar" : "en";
    }

    /** XSD durations have no weeks: ISO "P6W" (six weeks, as the text says it) is stored as "P42D". */
    private static String xsdDuration(String iso) {
        var weeks = java.util.regex.Pattern.compile("P(\\d+)W").matcher(iso);
        return weeks.matches() ? "P" + Integer.parseInt(weeks.group(1)) * 7 + "D" : iso;
    }
}
