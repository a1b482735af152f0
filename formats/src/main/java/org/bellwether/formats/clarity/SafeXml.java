package org.bellwether.formats.clarity;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;

/**
 * The StAX factory every Clarity read uses. A results file never needs a DTD or an entity beyond the five XML
 * predefines, so both are off: no external entity (XXE) can read a local file or reach the network, and no
 * entity can expand (billion laughs). Each setting would suffice alone against some attack; they are stacked so
 * that no single parser default or bug reopens one. A DOCTYPE is then refused outright by {@link Cursor}.
 */
final class SafeXml {

    /** Refuses every external resource, should the parser ever ask for one despite the settings. */
    static final XMLResolver REFUSE = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("external resource " + systemId + " refused: Bellwether reads no DTD or "
                + "external entity");
    };

    private SafeXml() {
    }

    /**
     * A new hardened factory. The JDK's own implementation is asked for by name (not through the service loader),
     * so a library on the class path cannot swap in a parser with other defaults.
     */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver(REFUSE);
        return factory;
    }
}
