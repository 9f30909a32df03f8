package org.authgate.web.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Whether one XML document only adds to another (a server configuration before and after a script): every element
 * of the first is in the second at the same place, with exactly the same attributes and, for an element without
 * children, the same text. New elements anywhere are allowed; a removed element, a changed, added or removed
 * attribute of an existing element, or a changed text is not. Children match whatever their order.
 */
public final class XmlContainment {
    private XmlContainment() {
    }

    /** What of {@code before} is not in {@code after} unchanged, one line per element (empty: only additions). */
    public static List<String> notKept(Path before, Path after) {
        List<String> problems = new ArrayList<>();
        Element was = parse(before);
        Element is = parse(after);
        if (!sameElement(was, is)) {
            problems.add("root element " + describe(was) + " became " + describe(is));
        } else {
            compareChildren(was, is, "/" + was.getLocalName(), problems);
        }
        return problems;
    }

    private static void compareChildren(Element was, Element is, String path, List<String> problems) {
        Set<Element> used = new HashSet<>();
        for (Element child : children(was)) {
            Element match = children(is).stream()
                    .filter(candidate -> !used.contains(candidate) && sameElement(child, candidate)
                            && contained(child, candidate))
                    .findFirst().orElse(null);
            if (match != null) {
                used.add(match);
                continue;
            }
            // The same element with something changed inside: say what, one level down at a time.
            Element same = children(is).stream()
                    .filter(candidate -> !used.contains(candidate) && sameElement(child, candidate))
                    .findFirst().orElse(null);
            if (same == null) {
                problems.add(path + ": " + describe(child) + " is gone or changed");
            } else if (children(child).isEmpty()) {
                used.add(same);
                problems.add(path + ": the text of " + describe(child) + " changed");
            } else {
                used.add(same);
                compareChildren(child, same, path + "/" + child.getLocalName() + nameOf(child), problems);
            }
        }
    }

    /** True when everything of {@code was} (recursively) is in {@code is}, which has the same name and attributes. */
    private static boolean contained(Element was, Element is) {
        List<Element> wasChildren = children(was);
        if (wasChildren.isEmpty() && children(is).isEmpty()
                && !was.getTextContent().trim().equals(is.getTextContent().trim())) {
            return false;
        }
        List<String> nested = new ArrayList<>();
        compareChildren(was, is, "", nested);
        return nested.isEmpty();
    }

    private static boolean sameElement(Element a, Element b) {
        return a.getLocalName().equals(b.getLocalName())
                && String.valueOf(a.getNamespaceURI()).equals(String.valueOf(b.getNamespaceURI()))
                && attributes(a).equals(attributes(b));
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Node attribute = all.item(i);
            if (!attribute.getNodeName().startsWith("xmlns")) {
                attributes.put(attribute.getNodeName(), attribute.getNodeValue());
            }
        }
        return attributes;
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    private static String nameOf(Element element) {
        return element.hasAttribute("name") ? "[" + element.getAttribute("name") + "]" : "";
    }

    private static String describe(Element element) {
        return "<" + element.getLocalName() + " " + attributes(element) + ">";
    }

    private static Element parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
