package io.jenkins.plugins.drone.freestyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few DOM look-ups the converter needs, over child elements only. */
final class Xml {

    private Xml() {}

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) nodes.item(i));
            }
        }
        return children;
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    /** The text of the child {@code name}, or "" when there is none. */
    static String text(Element parent, String name) {
        return child(parent, name).map(Element::getTextContent).orElse("");
    }

    /** The texts of every descendant named {@code name}, in document order. */
    static List<String> descendantTexts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** The Java class Jenkins saved: the {@code class} attribute if any, else the element name. */
    static String className(Element element) {
        String type = element.getAttribute("class");
        return type.isEmpty() ? element.getTagName() : type;
    }
}
