package io.clearance.modeler;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Plain XML reading of BPMN files (no engine): the process key of a draft, and which element ids a new version
 * adds, removes or changes compared with the one before. DTDs and external entities are refused.
 */
final class BpmnXml {

	static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private BpmnXml() {
	}

	static Optional<Document> parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
			return Optional.of(builder.parse(new ByteArrayInputStream(xml)));
		}
		catch (Exception e) {
			return Optional.empty();
		}
	}

	/** The id of the first executable process (or else the first process), if the XML is BPMN. */
	static Optional<String> processKey(byte[] xml) {
		return parse(xml).flatMap(document -> {
			NodeList processes = document.getElementsByTagNameNS(BPMN_NS, "process");
			String first = null;
			for (int i = 0; i < processes.getLength(); i++) {
				Element process = (Element) processes.item(i);
				if ("true".equals(process.getAttribute("isExecutable"))) {
					return Optional.of(process.getAttribute("id"));
				}
				first = first == null ? process.getAttribute("id") : first;
			}
			return Optional.ofNullable(first == null || first.isBlank() ? null : first);
		});
	}

	/**
	 * "added: …; removed: …; changed: …" over the ids of the processes' elements (the diagram's layout is not a
	 * change), or "no element changed".
	 */
	static String changes(byte[] before, byte[] after) {
		Map<String, String> old = fingerprints(before);
		Map<String, String> now = fingerprints(after);
		TreeSet<String> added = new TreeSet<>(now.keySet());
		added.removeAll(old.keySet());
		TreeSet<String> removed = new TreeSet<>(old.keySet());
		removed.removeAll(now.keySet());
		TreeSet<String> changed = new TreeSet<>();
		now.forEach((id, fingerprint) -> {
			if (old.containsKey(id) && !old.get(id).equals(fingerprint)) {
				changed.add(id);
			}
		});
		List<String> parts = new ArrayList<>();
		if (!added.isEmpty()) {
			parts.add("added: " + String.join(", ", added));
		}
		if (!removed.isEmpty()) {
			parts.add("removed: " + String.join(", ", removed));
		}
		if (!changed.isEmpty()) {
			parts.add("changed: " + String.join(", ", changed));
		}
		return parts.isEmpty() ? "no element changed" : String.join("; ", parts);
	}

	/** Element id → its canonical form, for every element with an id inside a process. */
	private static Map<String, String> fingerprints(byte[] xml) {
		Map<String, String> fingerprints = new TreeMap<>();
		parse(xml).ifPresent(document -> {
			NodeList processes = document.getElementsByTagNameNS(BPMN_NS, "process");
			for (int i = 0; i < processes.getLength(); i++) {
				collect((Element) processes.item(i), fingerprints);
			}
		});
		return fingerprints;
	}

	private static void collect(Element element, Map<String, String> fingerprints) {
		if (!element.getAttribute("id").isEmpty()) {
			fingerprints.put(element.getAttribute("id"), canonical(element));
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				collect(e, fingerprints);
			}
		}
	}

	/** Name, attributes and content, but not the children that have an id of their own (they count separately). */
	private static String canonical(Element element) {
		StringBuilder out = new StringBuilder("<").append(element.getNamespaceURI()).append(':')
			.append(element.getLocalName());
		NamedNodeMap attributes = element.getAttributes();
		Map<String, String> sorted = new TreeMap<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
				sorted.put(attribute.getNamespaceURI() + ":" + attribute.getLocalName(), attribute.getValue());
			}
		}
		sorted.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
		out.append('>');
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				if (e.getAttribute("id").isEmpty()) {
					out.append(canonical(e));
				}
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				out.append(child.getNodeValue().strip());
			}
		}
		return out.append("</>").toString();
	}
}
