package org.gridvoice.open311.web;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport v2 documents as the spec's examples show them: XML through the JDK's StAX writer
 * (no namespace, UTF-8 declaration, an empty element for a missing value) and JSON through Jackson
 * (the same fields, null for a missing value, lists as arrays). A field's value is text, a number,
 * a boolean, null, or {@link Items} for a nested list.
 */
@Component
class GeoReportWriter {

    /** A nested list: {@code item} names each element in XML. */
    record Items(String item, List<Map<String, Object>> entries) {
    }

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private final JsonMapper json = JsonMapper.builder().build();

    /** A list document: {@code <root><item>…</item>…</root>} or a JSON array. */
    ResponseEntity<String> list(HttpStatus status, GeoReportFormat format, String root, String item, List<Map<String, Object>> entries) {
        String body = format == GeoReportFormat.JSON ? json.writeValueAsString(plain(entries))
                : xml(writer -> element(writer, root, new Items(item, entries)));
        return ResponseEntity.status(status).contentType(format.mediaType).body(body);
    }

    /** A single-object document: {@code <root>…</root>} or a JSON object. */
    ResponseEntity<String> object(GeoReportFormat format, String root, Map<String, Object> fields) {
        String body = format == GeoReportFormat.JSON ? json.writeValueAsString(plain(fields)) : xml(writer -> element(writer, root, fields));
        return ResponseEntity.ok().contentType(format.mediaType).body(body);
    }

    /** The spec's error document with one error whose code is the HTTP status. */
    ResponseEntity<String> error(HttpStatus status, GeoReportFormat format, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status.value());
        error.put("description", description);
        return list(status, format, "errors", "error", List.of(error));
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XML.createXMLStreamWriter(out);
            writer.writeStartDocument("utf-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void element(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        writer.writeStartElement(name);
        if (value instanceof Items items) {
            for (Map<String, Object> entry : items.entries()) {
                element(writer, items.item(), entry);
            }
        } else if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<String, Object> field : ((Map<String, Object>) fields).entrySet()) {
                element(writer, field.getKey(), field.getValue());
            }
        } else if (value != null) {
            writer.writeCharacters(xmlText(value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString()));
        }
        writer.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry (most control characters) are left out rather than making the document unreadable. */
    static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000 && c <= 0x10FFFF).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object plain(Object value) {
        if (value instanceof Items items) {
            return plain(items.entries());
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(plain(v)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        return value;
    }
}
