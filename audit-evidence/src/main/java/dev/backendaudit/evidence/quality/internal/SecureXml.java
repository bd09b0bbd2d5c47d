package dev.backendaudit.evidence.quality.internal;

import dev.backendaudit.evidence.quality.ReportReadException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's StAX reader with document type declarations and external entities switched off: a DTD
 * is neither loaded nor applied, so no entity it declares can be resolved (a reference to one is an
 * error), and nothing outside the file is ever read.
 */
public final class SecureXml {

    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is not read");
        });
        return factory;
    }

    /**
     * A reader over {@code in}.
     *
     * @param in   the document
     * @param file its name, for messages
     * @return the reader
     * @throws ReportReadException if the reader cannot be created
     */
    public static XMLStreamReader open(InputStream in, Path file) {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        }
    }

    /**
     * What to do with a document.
     *
     * @param <T> what it gives
     */
    @FunctionalInterface
    public interface Reading<T> {
        /**
         * Reads the document.
         *
         * @param xml the reader, at the start of the document
         * @return what was read
         * @throws XMLStreamException if the document is malformed
         */
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * Opens {@code file}, reads it with {@code reading} and closes it.
     *
     * @param file    the document
     * @param reading what to do with it
     * @param <T>     what it gives
     * @return what {@code reading} gave
     * @throws ReportReadException if the document is malformed or cannot be read, naming the file and position
     */
    public static <T> T read(Path file, Reading<T> reading) {
        try (InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader xml = open(in, file);
            try {
                return reading.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        } catch (java.io.IOException e) {
            throw new ReportReadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The error for malformed XML, with the position the parser reports.
     *
     * @param file the document
     * @param e    the parser's failure
     * @return the error to throw
     */
    public static ReportReadException malformed(Path file, XMLStreamException e) {
        Location location = e.getLocation();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // the JDK's messages start with "ParseError at [row,col]:[3,5]\nMessage: ..."; keep the message
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return new ReportReadException(position(file, location) + ": malformed XML: " + reason.strip(), e);
    }

    /**
     * {@code file:line:column}, or the file alone when the position is unknown.
     *
     * @param file     the document
     * @param location the parser's position, or null
     * @return the position as text
     */
    public static String position(Path file, Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return file.toString();
        }
        return file + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
    }
}
