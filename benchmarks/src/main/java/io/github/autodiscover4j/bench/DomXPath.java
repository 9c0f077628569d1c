package io.github.autodiscover4j.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What clients hand-write: the JDK's DOM (hardened as for untrusted input), then XPath for the fields a mail
 * client reads. The expressions are compiled once, as a careful client would; only parsing and evaluation are
 * timed, and the document builder is reused. Exact namespaces, no leniency: a kinder baseline than real clients, who must use {@code local-name()}.
 */
public final class DomXPath {
  /** The fields a client takes from one account Protocol. */
  public static final class ProtocolFields {
    /** The values, in the order of {@link #FIELDS}. */
    public final String[] values = new String[FIELDS.length];
  }

  /** What a client takes from a response. */
  public static final class Extract {
    /** The user's display name, or empty. */
    public String displayName;
    /** The error code wherever it sits, or empty. */
    public String errorCode;
    /** The error message, or empty. */
    public String errorMessage;
    /** The redirect address, or empty. */
    public String redirectAddr;
    /** The redirect URL, or empty. */
    public String redirectUrl;
    /** The account's own protocols. */
    public final List<ProtocolFields> protocols = new ArrayList<>();
    /** MobileSync server URLs. */
    public final List<String> mobileSyncUrls = new ArrayList<>();
  }

  static final String[] FIELDS = {
    "Type", "Server", "Port", "LoginName", "SSL", "SPA", "AuthRequired", "SMTPLast", "Encryption", "EwsUrl",
    "ASUrl", "OOFUrl", "OABUrl"
  };

  // One builder, reused (this benchmark is single-threaded): a new one per document costs ~1.8 MB of parser
  // configuration, which a careful client would not pay.
  private static final DocumentBuilder DOCUMENTS = documents();
  private static final XPathExpression DISPLAY_NAME;
  private static final XPathExpression ERROR_CODE;
  private static final XPathExpression ERROR_MESSAGE;
  private static final XPathExpression REDIRECT_ADDR;
  private static final XPathExpression REDIRECT_URL;
  private static final XPathExpression PROTOCOLS;
  private static final XPathExpression[] PROTOCOL_FIELDS = new XPathExpression[FIELDS.length];
  private static final XPathExpression MOBILE_SYNC_URLS;

  static {
    XPath x = XPathFactory.newDefaultInstance().newXPath();
    x.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            switch (prefix) {
              case "a":
                return "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
              case "o":
                return "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
              case "m":
                return "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";
              default:
                return XMLConstants.NULL_NS_URI;
            }
          }

          @Override
          public String getPrefix(String uri) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Iterator<String> getPrefixes(String uri) {
            throw new UnsupportedOperationException();
          }
        });
    try {
      DISPLAY_NAME = x.compile("/a:Autodiscover/*/o:User/o:DisplayName | /a:Autodiscover/*/m:User/m:DisplayName");
      ERROR_CODE = x.compile("/a:Autodiscover/*//*[local-name()='Error']/*[local-name()='ErrorCode']");
      ERROR_MESSAGE = x.compile("/a:Autodiscover/*//*[local-name()='Error']/*[local-name()='Message']");
      REDIRECT_ADDR = x.compile("/a:Autodiscover/o:Response/o:Account/o:RedirectAddr");
      REDIRECT_URL = x.compile("/a:Autodiscover/o:Response/o:Account/o:RedirectUrl");
      PROTOCOLS = x.compile("/a:Autodiscover/o:Response/o:Account/o:Protocol");
      for (int i = 0; i < FIELDS.length; i++) {
        PROTOCOL_FIELDS[i] = x.compile("o:" + FIELDS[i]);
      }
      MOBILE_SYNC_URLS = x.compile("/a:Autodiscover/m:Response/m:Action/m:Settings/m:Server/m:Url");
    } catch (XPathExpressionException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private DomXPath() {}

  private static DocumentBuilder documents() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Parses and extracts.
   *
   * @param bytes the document
   * @return the fields
   * @throws Exception when it is not well-formed
   */
  public static Extract parse(byte[] bytes) throws Exception {
    Document doc = DOCUMENTS.parse(new ByteArrayInputStream(bytes));
    Extract e = new Extract();
    e.displayName = DISPLAY_NAME.evaluate(doc);
    e.errorCode = ERROR_CODE.evaluate(doc);
    e.errorMessage = ERROR_MESSAGE.evaluate(doc);
    e.redirectAddr = REDIRECT_ADDR.evaluate(doc);
    e.redirectUrl = REDIRECT_URL.evaluate(doc);
    NodeList protocols = (NodeList) PROTOCOLS.evaluate(doc, XPathConstants.NODESET);
    for (int i = 0; i < protocols.getLength(); i++) {
      Node p = protocols.item(i);
      ProtocolFields fields = new ProtocolFields();
      for (int k = 0; k < FIELDS.length; k++) {
        fields.values[k] = PROTOCOL_FIELDS[k].evaluate(p);
      }
      e.protocols.add(fields);
    }
    NodeList urls = (NodeList) MOBILE_SYNC_URLS.evaluate(doc, XPathConstants.NODESET);
    for (int i = 0; i < urls.getLength(); i++) {
      e.mobileSyncUrls.add(urls.item(i).getTextContent());
    }
    return e;
  }
}
