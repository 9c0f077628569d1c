package io.github.autodiscover4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documents every contender reads: the library's own test samples, byte for byte, and generated sizes. */
public final class Inputs {
  private Inputs() {}

  /**
   * The sample for a benchmark case name.
   *
   * @param name onprem, online, isp, error or mobilesync
   * @return its bytes
   */
  public static byte[] sample(String name) {
    switch (name) {
      case "onprem":
        return resource("exchange-2016-mapihttp.xml");
      case "online":
        return resource("exchange-online-settings.xml");
      case "isp":
        return resource("isp-imap-smtp-smtplast-on.xml");
      case "error":
        return resource("error-response-level-600.xml");
      case "mobilesync":
        return resource("mobilesync-settings.xml");
      default:
        throw new IllegalArgumentException("no sample called " + name);
    }
  }

  /**
   * Reads one of the library's samples from the class path (the benchmark build copies them there).
   *
   * @param file a file name in src/test/resources/samples
   * @return its bytes
   */
  public static byte[] resource(String file) {
    try (InputStream in = Inputs.class.getResourceAsStream("/samples/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sample for {@code UnknownBenchmark}: {@code onprem} or {@code isp} as it is, or with {@link #UNKNOWN_COUNT}
   * unknown elements added.
   *
   * @param name onprem or isp
   * @param withUnknown whether to add the unknown elements
   * @return the document as UTF-8
   */
  public static byte[] unknown(String name, boolean withUnknown) {
    byte[] plain = sample(name);
    return withUnknown ? withUnknownElements(plain) : plain;
  }

  /** How many unknown elements {@link #withUnknownElements} adds, nested children not counted. */
  public static final int UNKNOWN_COUNT = 5;

  /**
   * Adds five elements no schema names to an Outlook settings response: three in {@code Account} (two in the
   * Outlook namespace, one of them with an attribute and a nested child; one in a foreign namespace) and two in
   * its first {@code Protocol} (one Outlook, one foreign). Everything else stays byte for byte.
   *
   * @param document an Outlook response with an Account holding a Protocol
   * @return the document with the elements added
   */
  public static byte[] withUnknownElements(byte[] document) {
    String xml = new String(document, StandardCharsets.UTF_8);
    int account = xml.indexOf("<Account>");
    int protocolEnd = xml.indexOf("</Protocol>", account);
    int accountEnd = xml.indexOf("</Account>", protocolEnd);
    if (account < 0 || protocolEnd < 0 || accountEnd < 0) {
      throw new IllegalArgumentException("no Account with a Protocol");
    }
    String inProtocol = "  <X-VendorHint kind=\"a\">text</X-VendorHint>\n"
        + "        <v:Hint xmlns:v=\"urn:vendor:ext\" level=\"2\">fast path</v:Hint>\n      ";
    String inAccount = "  <X-VendorHint kind=\"b\">text</X-VendorHint>\n"
        + "      <X-Branding tier=\"gold\"><X-Logo href=\"https://cdn.example.com/logo.png\">logo</X-Logo>"
        + "</X-Branding>\n"
        + "      <v:Extension xmlns:v=\"urn:vendor:ext\" v:scope=\"account\">vendor data</v:Extension>\n    ";
    String out = xml.substring(0, protocolEnd) + inProtocol + xml.substring(protocolEnd, accountEnd) + inAccount
        + xml.substring(accountEnd);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An ISP-style Outlook settings response holding {@code count} account {@code Protocol} elements, alternating
   * IMAP, POP3 and SMTP, to show how cost grows with the input.
   *
   * @param count how many Protocol elements
   * @return the document as UTF-8
   */
  public static byte[] protocols(int count) {
    StringBuilder xml = new StringBuilder(200 + count * 330);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">\n")
        .append("  <Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">\n")
        .append("    <User>\n      <DisplayName>Alice Example</DisplayName>\n    </User>\n")
        .append("    <Account>\n      <AccountType>email</AccountType>\n      <Action>settings</Action>\n");
    String[] types = {"IMAP", "POP3", "SMTP"};
    int[] ports = {993, 995, 465};
    for (int i = 0; i < count; i++) {
      int t = i % 3;
      xml.append("      <Protocol>\n")
          .append("        <Type>").append(types[t]).append("</Type>\n")
          .append("        <Server>mail").append(i).append(".example.com</Server>\n")
          .append("        <Port>").append(ports[t]).append("</Port>\n")
          .append("        <LoginName>alice@example.com</LoginName>\n")
          .append("        <DomainRequired>off</DomainRequired>\n")
          .append("        <SPA>off</SPA>\n")
          .append("        <SSL>on</SSL>\n")
          .append("        <AuthRequired>on</AuthRequired>\n");
      if (t == 2) {
        xml.append("        <SMTPLast>on</SMTPLast>\n");
      }
      xml.append("      </Protocol>\n");
    }
    xml.append("    </Account>\n  </Response>\n</Autodiscover>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }
}
