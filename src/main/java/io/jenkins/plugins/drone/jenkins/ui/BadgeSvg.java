package io.jenkins.plugins.drone.jenkins.ui;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A flat two-part status badge ({@code drone | success}) as SVG, coloured by the status word. It is XML, so
 * it is built as a DOM and the JDK's XML serializer writes it (and escapes its words).
 */
public final class BadgeSvg {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int CHAR_WIDTH = 7;
    private static final int PADDING = 12;

    private BadgeSvg() {}

    /** The badge for {@code status}; {@code label} and {@code status} are plain words (escaped anyway). */
    public static String render(String label, String status) {
        int left = label.length() * CHAR_WIDTH + PADDING;
        int right = status.length() * CHAR_WIDTH + PADDING;
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element svg = element(doc, doc, "svg", "width", left + right, "height", 20, "role", "img",
                    "aria-label", label + ": " + status);
            element(doc, svg, "title").setTextContent(label + ": " + status);
            element(doc, svg, "rect", "width", left, "height", 20, "rx", 3, "fill", "#555");
            element(doc, svg, "rect", "x", left, "width", right, "height", 20, "rx", 3, "fill", BuildStatus.color(status));
            Element text = element(doc, svg, "g", "fill", "#fff", "font-family", "Verdana,DejaVu Sans,sans-serif",
                    "font-size", 11, "text-anchor", "middle");
            element(doc, text, "text", "x", left / 2, "y", 14).setTextContent(label);
            element(doc, text, "text", "x", left + right / 2, "y", 14).setTextContent(status);
            return serialize(doc);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write the badge", e);
        }
    }

    private static Element element(Document doc, org.w3c.dom.Node parent, String name, Object... attributes) {
        Element element = doc.createElementNS(SVG, name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute((String) attributes[i], String.valueOf(attributes[i + 1]));
        }
        parent.appendChild(element);
        return element;
    }

    private static String serialize(Document doc) throws TransformerException {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }
}
