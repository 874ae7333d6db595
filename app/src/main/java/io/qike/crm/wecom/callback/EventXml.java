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
    private EventXml() {
    }

    /** The top-level elements and their text; no DTDs or external entities are ever read. */
    public static Map<String, String> fields(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
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
