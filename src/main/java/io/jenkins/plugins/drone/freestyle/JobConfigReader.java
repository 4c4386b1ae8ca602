package io.jenkins.plugins.drone.freestyle;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a job's {@code config.xml} into a DOM with a hardened parser: no DTDs, no external entities, no
 * XInclude, and errors become {@link InvalidJobConfigException} with line and column instead of console noise.
 */
final class JobConfigReader {

    private static final String FREESTYLE_ROOT = "project";

    private JobConfigReader() {}

    /** The root {@code <project>} element of a freestyle job. */
    static Element read(String configXml) throws InvalidJobConfigException {
        String text = configXml.startsWith("\uFEFF") ? configXml.substring(1) : configXml;
        Element root;
        try {
            root = builder().parse(new InputSource(new StringReader(text))).getDocumentElement();
        } catch (SAXParseException e) {
            throw new InvalidJobConfigException(e.getLineNumber(), e.getColumnNumber(),
                    "invalid XML: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InvalidJobConfigException(0, 0, "invalid XML: " + e.getMessage());
        }
        if (!FREESTYLE_ROOT.equals(root.getTagName())) {
            throw new InvalidJobConfigException(0, 0, "not a freestyle job: the root element is <"
                    + root.getTagName() + ">, expected <" + FREESTYLE_ROOT + ">");
        }
        return root;
    }

    private static DocumentBuilder builder() throws InvalidJobConfigException {
        // The JDK's own parser: Hudson brings an old Xerces that the service lookup would pick and that lacks these settings.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(RethrowingErrorHandler.INSTANCE);
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new InvalidJobConfigException(0, 0, "no safe XML parser available: " + e.getMessage());
        }
    }

    /** Turns every parser complaint into an exception; the JDK default would print to stderr. */
    private enum RethrowingErrorHandler implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException e) {
            // Warnings (e.g. about unused features) do not make a config unreadable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
