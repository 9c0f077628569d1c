package io.github.autodiscover4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hostile inputs: small ones are files in {@code src/test/resources/hostile} (see its {@code
 * INDEX.md}); large or systematic ones are generated here at test time so that nothing big is ever
 * committed.
 */
final class HostileCorpus {
  static final Path DIRECTORY = Path.of("src/test/resources/hostile");

  /** A settings response with one IMAP protocol; {@code %s} is where each case puts its payload. */
  static final String TEMPLATE =
      "<Autodiscover xmlns=\""
          + Namespaces.RESPONSE
          + "\">\n"
          + "  <Response xmlns=\""
          + Namespaces.OUTLOOK_RESPONSE
          + "\">\n"
          + "    <Account>\n"
          + "      <Action>settings</Action>\n"
          + "      <Protocol>\n"
          + "        <Type>IMAP</Type>\n"
          + "        <Server>imap.example.com</Server>%s\n"
          + "      </Protocol>\n"
          + "    </Account>\n"
          + "  </Response>\n"
          + "</Autodiscover>\n";

  private HostileCorpus() {}

  /** The settings response with {@code payload} inside its {@code Protocol}. */
  static String document(String payload) {
    return TEMPLATE.formatted(payload);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A corpus file's bytes, with {@code {{NAME}}} placeholders replaced. */
  static byte[] file(String name, Map<String, String> placeholders) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(DIRECTORY.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (placeholders.isEmpty()) {
      return bytes;
    }
    // Latin-1 maps every byte to one character and back, so invalid UTF-8 in a file stays as it is.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      text = text.replace("{{" + p.getKey() + "}}", p.getValue());
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] file(String name) {
    return file(name, Map.of());
  }

  /** Every file of the corpus, by name. */
  static Stream<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("INDEX.md"))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** A sample from {@code src/test/resources/samples}. */
  static byte[] sample(String name) {
    try {
      return Files.readAllBytes(Path.of("src/test/resources/samples", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One 50,000-character entity referenced 2,000 times: 100 MB if a parser expanded it, 100 KB as
   * sent.
   */
  static byte[] quadraticBlowup() {
    String entity = "x".repeat(50_000);
    return utf8(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Autodiscover [<!ENTITY a \""
            + entity
            + "\">]>\n"
            + document("<DisplayName>" + "&a;".repeat(2_000) + "</DisplayName>"));
  }

  /**
   * The document with a payload inside its protocol, given as pairs of a string and how often it
   * repeats. Built as bytes in one array, so that a 10 MB case costs 10 MB, not several copies of
   * it.
   *
   * @param segments {@code String, Integer, String, Integer, ...}
   */
  static byte[] repeated(Object... segments) {
    return inTemplate(document("\u0000"), segments);
  }

  /**
   * As {@link #repeated(Object...)}, with the payload in place of the NUL character of {@code
   * template}.
   */
  private static byte[] inTemplate(String template, Object... segments) {
    String[] around = template.split("\u0000");
    byte[] head = utf8(around[0]);
    byte[] tail = utf8(around[1]);
    long size = head.length + tail.length;
    for (int i = 0; i < segments.length; i += 2) {
      size += (long) utf8((String) segments[i]).length * (Integer) segments[i + 1];
    }
    byte[] out = new byte[Math.toIntExact(size)];
    int at = put(out, 0, head);
    for (int i = 0; i < segments.length; i += 2) {
      byte[] unit = utf8((String) segments[i]);
      for (int k = (Integer) segments[i + 1]; k > 0; k--) {
        at = put(out, at, unit);
      }
    }
    put(out, at, tail);
    return out;
  }

  private static int put(byte[] out, int at, byte[] part) {
    System.arraycopy(part, 0, out, at, part.length);
    return at + part.length;
  }

  /** {@code levels} unknown elements nested inside the protocol. */
  static byte[] nested(int levels) {
    return repeated("<a>", levels, "</a>", levels);
  }

  /** {@code count} more Protocol elements in the account, each with a Type and a Server. */
  static byte[] protocols(int count) {
    return inTemplate(
        document("").replace("<Protocol>", "\u0000<Protocol>"),
        "<Protocol><Type>IMAP</Type><Server>imap.example.com</Server></Protocol>",
        count);
  }

  /** A login name of {@code length} characters. */
  static byte[] longText(int length) {
    return repeated("<LoginName>", 1, "a", length, "</LoginName>", 1);
  }

  /** An unknown element with an attribute value of {@code length} characters. */
  static byte[] longAttribute(int length) {
    return repeated("<Vendor Hint=\"", 1, "v", length, "\"/>", 1);
  }

  /** A sample's text in another encoding, with or without a byte order mark. */
  static byte[] encoded(String sample, Charset charset, boolean byteOrderMark) {
    String text =
        new String(sample(sample), StandardCharsets.UTF_8)
            .replace("encoding=\"utf-8\"", "encoding=\"" + charset.name() + "\"");
    return ((byteOrderMark ? "\uFEFF" : "") + text).getBytes(charset);
  }

  /** The named small generated cases, for the benchmark and the contract test. */
  static Map<String, byte[]> generatedSmallCases() {
    Map<String, byte[]> cases = new LinkedHashMap<>();
    cases.put("quadratic-blowup (generated, 100 KB)", quadraticBlowup());
    cases.put("nesting 10,000 deep (generated, 70 KB)", nested(10_000));
    cases.put(
        "101 attributes (generated)",
        utf8(document("").replace("<Protocol>", "<Protocol" + attributes(101) + ">")));
    cases.put("1,000 Protocol elements (generated, 70 KB)", protocols(1_000));
    cases.put("50,000 unknown elements (generated, 200 KB)", repeated("<Vendor/>", 50_000));
    return cases;
  }

  private static String attributes(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append(" a").append(i).append("=\"1\"");
    }
    return sb.toString();
  }

  /**
   * A stream of {@code size} bytes that a document opens and never closes: the bytes are made as
   * they are read, so a 100 MB input costs no memory until a reader keeps it. Counts what was read.
   */
  static final class EndlessDocument extends InputStream {
    private static final byte[] HEAD =
        utf8(
            "<?xml version=\"1.0\"?><Autodiscover xmlns=\""
                + Namespaces.RESPONSE
                + "\"><Response xmlns=\""
                + Namespaces.OUTLOOK_RESPONSE
                + "\"><User><DisplayName>");
    private final long size;
    private long position;

    EndlessDocument(long size) {
      this.size = size;
    }

    long bytesRead() {
      return position;
    }

    @Override
    public int read() {
      if (position >= size) {
        return -1;
      }
      int b = position < HEAD.length ? HEAD[(int) position] : 'x';
      position++;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - position);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) read();
      }
      return n;
    }
  }
}
