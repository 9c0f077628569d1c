package io.github.autodiscover4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Shows, before anyone trusts a number, that every contender reads and writes each input. */
public final class Check {
  private static final ObjectMapper TREE = new ObjectMapper();

  private Check() {}

  /**
   * Prints what each contender got from each input: the library, DOM + XPath, the three raw-scan floors (the
   * same hash when the parsers report the same events), Jackson XML on Woodstox and on the JDK's StAX (whether
   * they built the same POJOs, and whether they write the same bytes), the generated sizes and the
   * unknown-element pairs.
   *
   * @param args none; any argument also prints what Jackson writes
   * @throws Exception when a contender cannot read an input
   */
  public static void main(String[] args) throws Exception {
    System.out.println("StAX factories: Jackson " + factories(JacksonModel.MAPPER) + "; Jackson JDK "
        + factories(JacksonModel.MAPPER_JDK) + "; floors (JDK, Woodstox, Aalto) " + StaxScan.implementations());
    for (String name : new String[] {"onprem", "online", "isp", "error", "mobilesync"}) {
      byte[] bytes = Inputs.sample(name);
      AutodiscoverDocument doc = Autodiscover.parse(bytes);
      DomXPath.Extract dom = DomXPath.parse(bytes);
      Object pojo = JacksonModel.forWriting(JacksonModel.MAPPER, bytes, name);
      Object pojoJdk = JacksonModel.forWriting(JacksonModel.MAPPER_JDK, bytes, name);
      boolean samePojos = TREE.valueToTree(pojo).equals(TREE.valueToTree(pojoJdk));
      byte[] libraryOut = Autodiscover.toBytes(doc);
      byte[] jacksonOut = JacksonModel.MAPPER.writeValueAsBytes(pojo);
      byte[] jacksonJdkOut = JacksonModel.MAPPER_JDK.writeValueAsBytes(pojoJdk);
      System.out.printf(
          "%-10s %5d bytes: library %s, %d protocols, %d problems; dom %d protocols, error '%s', %d urls;"
              + " floors jdk %d, woodstox %d, aalto %d; jackson woodstox = jdk POJOs: %b;"
              + " writes: library %d bytes, jackson woodstox %d, jackson jdk %d%n",
          name, bytes.length, doc.kind(), doc.protocols().size(), doc.problems().size(), dom.protocols.size(),
          dom.errorCode, dom.mobileSyncUrls.size(), StaxScan.scan(bytes), StaxScan.woodstox(bytes),
          StaxScan.aalto(bytes), samePojos, libraryOut.length, jacksonOut.length, jacksonJdkOut.length);
      if (!samePojos) {
        System.out.println("  POJOs differ: woodstox " + TREE.valueToTree(pojo) + "\n  jdk " + TREE.valueToTree(pojoJdk));
      }
      System.out.println("  " + compareWrites(jacksonOut, jacksonJdkOut, libraryOut));
      if (args.length > 0) {
        System.out.println(new String(jacksonOut, StandardCharsets.UTF_8));
      }
    }
    for (int n : new int[] {1, 10, 100, 1000}) {
      byte[] bytes = Inputs.protocols(n);
      JacksonModel.OutlookAutodiscover pojo =
          JacksonModel.MAPPER.readValue(bytes, JacksonModel.OutlookAutodiscover.class);
      JacksonModel.OutlookAutodiscover pojoJdk =
          JacksonModel.MAPPER_JDK.readValue(bytes, JacksonModel.OutlookAutodiscover.class);
      System.out.printf("protocols %4d: %7d bytes, library %d, jackson woodstox %d, jackson jdk %d%n", n,
          bytes.length, Autodiscover.parse(bytes).protocols().size(), pojo.response.account.protocol.size(),
          pojoJdk.response.account.protocol.size());
    }
    for (String name : new String[] {"onprem", "isp"}) {
      byte[] plain = Inputs.unknown(name, false);
      byte[] unknown = Inputs.unknown(name, true);
      System.out.printf("unknown %s; jackson woodstox keeps %d in its maps (without: %d)%n",
          UnknownBenchmark.check(name, plain, unknown), jacksonUnknown(unknown), jacksonUnknown(plain));
    }
  }

  private static String factories(XmlMapper mapper) {
    return mapper.getFactory().getXMLInputFactory().getClass().getName() + " / "
        + mapper.getFactory().getXMLOutputFactory().getClass().getName();
  }

  /** How many unknown elements Jackson kept in the Account's and its first Protocol's maps. */
  private static int jacksonUnknown(byte[] bytes) throws Exception {
    JacksonModel.Account account =
        JacksonModel.MAPPER.readValue(bytes, JacksonModel.OutlookAutodiscover.class).response.account;
    return account.other().size() + account.protocol.get(0).other().size();
  }

  /**
   * How Jackson's two writers compare: the same bytes, or where they part and whether the library reads both
   * as the same document (which also shows both are well-formed).
   */
  private static String compareWrites(byte[] woodstox, byte[] jdk, byte[] library) {
    String reread;
    try {
      byte[] a = Autodiscover.toBytes(Autodiscover.parse(woodstox));
      byte[] b = Autodiscover.toBytes(Autodiscover.parse(jdk));
      byte[] c = Autodiscover.toBytes(Autodiscover.parse(library));
      reread = "the library reads both Jackson writes as " + (Arrays.equals(a, b) ? "the same document" : "DIFFERENT documents")
          + (Arrays.equals(a, c) ? ", the one it writes itself" : ", not the one it writes itself")
          + ", woodstox scan " + StaxScan.woodstox(woodstox) + " / jdk scan " + StaxScan.scan(jdk);
    } catch (Exception e) {
      reread = "cannot re-read a Jackson write: " + e;
    }
    if (Arrays.equals(woodstox, jdk)) {
      return "jackson woodstox and jdk write the same bytes; " + reread;
    }
    String w = new String(woodstox, StandardCharsets.UTF_8);
    String j = new String(jdk, StandardCharsets.UTF_8);
    String declarations = w.substring(0, w.indexOf("?>") + 2) + " / " + j.substring(0, j.indexOf("?>") + 2);
    w = w.substring(w.indexOf("?>") + 2);
    j = j.substring(j.indexOf("?>") + 2);
    StringBuilder differences = new StringBuilder();
    int count = 0;
    // the body: walk both, reporting each place they part (at most 3), resynchronising at the next '<'
    for (int a = 0, b = 0; a < w.length() && b < j.length(); ) {
      if (w.charAt(a) == j.charAt(b)) {
        a++;
        b++;
        continue;
      }
      if (++count <= 3) {
        differences.append(String.format(" [woodstox '%s' / jdk '%s']", around(w, a), around(j, b)));
      }
      a = w.indexOf('<', a + 1);
      b = j.indexOf('<', b + 1);
      if (a < 0 || b < 0) {
        break;
      }
    }
    return "jackson woodstox and jdk writes differ: declarations " + declarations + (count == 0
        ? ", the rest alike" : ", " + count + " differences in the body (the first 3):" + differences) + "; " + reread;
  }

  private static String around(String text, int i) {
    int from = Math.max(0, i - 25);
    int to = Math.min(text.length(), i + 35);
    return text.substring(from, to).replace("\n", "\\n");
  }
}
