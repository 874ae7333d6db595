package io.qike.crm.wecom.callback;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Reads WeCom's flat callback XML ({@code <xml><ToUserName>…</ToUserName>…</xml>}) into its elements by name. */
public final class EventXml {
    /**
     * Configured once: {@code DocumentBuilderFactory.newInstance()} looks the implementation up through the service
     * loader on every call, which cost more than the rest of a callback together. The JDK's own implementation
     * ({@code newDefaultInstance}) is used; making a builder from a configured factory only reads its settings.
     */
    private static final DocumentBuilderFactory FACTORY = factory();

    private EventXml() {
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            return f;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The top-level elements and their text; no DTDs or external entities are ever read. */
    public static Map<String, String> fields(String xml) {
        try {
            Element root = FACTORY.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            Map<String, String> out = new LinkedHashMap<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) out.putIfAbsent(e.getTagName(), e.getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalArgumentException("not WeCom callback XML");
        }
    }
}
