package io.qike.crm.wecom.callback;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads WeCom's flat callback XML ({@code <xml><ToUserName>…</ToUserName>…</xml>}) into its elements by name.
 *
 * <p>A streaming reader, not a DOM: a callback is read twice on the endpoint (the envelope, then the decrypted event)
 * and once more by its handler, and building a DOM parser per document cost more CPU than the signature, the AES and
 * the database together, on the path that has to answer WeCom within milliseconds. A document type declaration is
 * refused outright, so no DTD or external entity is ever read.
 */
public final class EventXml {
    /** Configured once; a configured factory is safe to share for making readers. */
    private static final XMLInputFactory FACTORY = factory();

    private EventXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    /** The top-level elements and their text (the first of a repeated name wins; nested elements give their text). */
    public static Map<String, String> fields(String xml) {
        if (xml == null) throw new IllegalArgumentException("not WeCom callback XML");
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(xml));
            Map<String, String> out = new LinkedHashMap<>();
            int depth = 0;
            boolean rooted = false;
            String name = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new IllegalArgumentException("a DTD");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        rooted = true;
                        if (depth == 2) {
                            name = r.getLocalName();
                            text.setLength(0);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (depth >= 2) text.append(r.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 2) out.putIfAbsent(name, text.toString());
                        depth--;
                    }
                    default -> {
                        // comments and processing instructions carry nothing
                    }
                }
            }
            if (!rooted) throw new IllegalArgumentException("no root element");
            return out;
        } catch (XMLStreamException | RuntimeException e) {
            throw new IllegalArgumentException("not WeCom callback XML");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open: the reader read a string
                }
            }
        }
    }
}
