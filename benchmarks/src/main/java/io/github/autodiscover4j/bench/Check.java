package io.github.autodiscover4j.bench;

import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import java.nio.charset.StandardCharsets;

/** Shows, before anyone trusts a number, that every contender reads and writes each input. */
public final class Check {
  private Check() {}

  /**
   * Prints what each contender got from each input.
   *
   * @param args ignored
   * @throws Exception when a contender cannot read an input
   */
  public static void main(String[] args) throws Exception {
    for (String name : new String[] {"onprem", "online", "isp", "error", "mobilesync"}) {
      byte[] bytes = Inputs.sample(name);
      AutodiscoverDocument doc = Autodiscover.parse(bytes);
      DomXPath.Extract dom = DomXPath.parse(bytes);
      Object pojo = JacksonModel.forWriting(bytes, name);
      byte[] libraryOut = Autodiscover.toBytes(doc);
      byte[] jacksonOut = JacksonModel.MAPPER.writeValueAsBytes(pojo);
      System.out.printf(
          "%-10s %5d bytes: library %s, %d protocols, %d problems; dom %d protocols, error '%s', %d urls;"
              + " stax %d; writes: library %d bytes, jackson %d bytes%n",
          name, bytes.length, doc.kind(), doc.protocols().size(), doc.problems().size(), dom.protocols.size(),
          dom.errorCode, dom.mobileSyncUrls.size(), StaxScan.scan(bytes), libraryOut.length, jacksonOut.length);
      if (args.length > 0) {
        System.out.println(new String(jacksonOut, StandardCharsets.UTF_8));
      }
    }
    for (int n : new int[] {1, 10, 100, 1000}) {
      byte[] bytes = Inputs.protocols(n);
      JacksonModel.OutlookAutodiscover pojo =
          JacksonModel.MAPPER.readValue(bytes, JacksonModel.OutlookAutodiscover.class);
      System.out.printf("protocols %4d: %7d bytes, library %d, jackson %d%n", n, bytes.length,
          Autodiscover.parse(bytes).protocols().size(), pojo.response.account.protocol.size());
    }
  }
}
