package io.gattscope.ble.bgapi.codec;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the BGAPI definition bleapi.xml: from the system property {@code gattscope.bleapi.xml},
 * else {@code shared/reference/bgapi/bleapi.xml} found walking up from the working directory, else
 * the copy in the test resources.
 */
final class BleApiXml {
  static final String PROPERTY = "gattscope.bleapi.xml";
  static final String RELATIVE = "shared/reference/bgapi/bleapi.xml";

  /** One parameter of a command, response or event. */
  record Param(String name, String type) {}

  /** The definition of one message. */
  record Definition(String className, String messageName, List<Param> params) {}

  private final Element root;
  final String source;

  private BleApiXml(Document doc, String source) {
    this.root = doc.getDocumentElement();
    this.source = source;
  }

  static BleApiXml load() throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    String prop = System.getProperty(PROPERTY);
    if (prop != null) {
      Path p = Path.of(prop);
      if (!Files.isRegularFile(p)) {
        throw new AssertionError(PROPERTY + "=" + prop + " is not a file");
      }
      return new BleApiXml(f.newDocumentBuilder().parse(p.toFile()), p.toString());
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve(RELATIVE);
      if (Files.isRegularFile(p)) {
        return new BleApiXml(f.newDocumentBuilder().parse(p.toFile()), p.toString());
      }
    }
    try (InputStream in = BleApiXml.class.getResourceAsStream("/bgapi/bleapi.xml")) {
      if (in == null) {
        throw new AssertionError(
            "bleapi.xml not found: set -D"
                + PROPERTY
                + "=<path>, or run below a directory containing "
                + RELATIVE);
      }
      return new BleApiXml(f.newDocumentBuilder().parse(in), "test resource /bgapi/bleapi.xml");
    }
  }

  /** The definition of {@code key}, or null if bleapi.xml has none. */
  Definition find(MessageKey key) {
    Element cls = child(root, "class", key.classId());
    if (cls == null) {
      return null;
    }
    Element msg =
        child(cls, key.kind() == MessageKind.EVENT ? "event" : "command", key.messageId());
    if (msg == null) {
      return null;
    }
    String listTag = key.kind() == MessageKind.RESPONSE ? "returns" : "params";
    if (key.kind() == MessageKind.RESPONSE && "true".equals(msg.getAttribute("no_return"))) {
      return null;
    }
    var params = new ArrayList<Param>();
    Element list = firstChild(msg, listTag);
    if (list != null) {
      for (Element p : children(list, "param")) {
        params.add(new Param(p.getAttribute("name"), p.getAttribute("type")));
      }
    }
    return new Definition(cls.getAttribute("name"), msg.getAttribute("name"), params);
  }

  private static Element child(Element parent, String tag, int index) {
    for (Element e : children(parent, tag)) {
      if (Integer.parseInt(e.getAttribute("index")) == index) {
        return e;
      }
    }
    return null;
  }

  private static Element firstChild(Element parent, String tag) {
    List<Element> l = children(parent, tag);
    return l.isEmpty() ? null : l.get(0);
  }

  private static List<Element> children(Element parent, String tag) {
    var out = new ArrayList<Element>();
    NodeList nl = parent.getChildNodes();
    for (int i = 0; i < nl.getLength(); i++) {
      Node n = nl.item(i);
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  static String camel(String snake, boolean upperFirst) {
    var sb = new StringBuilder();
    boolean up = upperFirst;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }
}
