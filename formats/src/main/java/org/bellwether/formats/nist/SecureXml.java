package org.bellwether.formats.nist;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.bellwether.formats.InputException;

/**
 * The one way Bellwether opens XML: the JDK's own StAX parser with DTDs and external entities off and a resolver
 * that refuses everything, so that neither an entity bomb nor a file reference in a hostile file is ever expanded.
 * A results file needs no DTD, so a DOCTYPE is refused outright by {@link XmlFields}.
 */
final class SecureXml {

    private SecureXml() {
    }

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + InputException.echo(String.valueOf(systemId)));
        });
        return factory;
    }
}
