package org.diplokg.source;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Plain text from HTML: one line per paragraph or other block, spaces collapsed. */
final class HtmlText {
    private HtmlText() {}

    /** The text of an HTML fragment (an RSS description, an Atom content), one line per block. */
    static String ofFragment(String html) {
        return html == null ? null : ofElement(Jsoup.parseBodyFragment(html).body());
    }

    /** The text of a fragment as one line, for titles that may carry markup or entities. */
    static String inline(String html) {
        return html == null ? null : Jsoup.parseBodyFragment(html).body().text();
    }

    /** The text under an element: blocks and line breaks end lines, empty lines are dropped. */
    static String ofElement(Element root) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }
        }, root);
        return Arrays.stream(text.toString().split("\n"))
                .map(line -> line.replaceAll("[\\s\u00a0]+", " ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
