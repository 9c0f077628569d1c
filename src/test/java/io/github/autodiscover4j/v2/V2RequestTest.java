package io.github.autodiscover4j.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.V2Request;
import io.github.autodiscover4j.value.Term;
import io.github.autodiscover4j.value.V2Protocol;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two URL forms of a v2 request, built by a client and read back by a server. */
class V2RequestTest {
  @Test
  void outlooksPathForm() {
    V2Request request = V2Request.of("alice@example.com", V2Protocol.AUTODISCOVER_V1);
    assertEquals(
        URI.create(
            "https://autodiscover.example.com/autodiscover/autodiscover.json/v1.0/alice@example.com?Protocol=AutodiscoverV1"),
        request.pathUri("autodiscover.example.com"));
  }

  @Test
  void theQueryFormWithARedirectCount() {
    V2Request request =
        V2Request.of("bob+tag@example.com", V2Protocol.ACTIVE_SYNC).withRedirectCount(1);
    assertEquals(
        URI.create(
            "https://outlook.office365.com/autodiscover/autodiscover.json?Email=bob%2Btag%40example.com&Protocol=ActiveSync&RedirectCount=1"),
        request.queryUri("outlook.office365.com"));
    assertEquals(
        "https://127.0.0.1:8443/autodiscover/autodiscover.json/v1.0/bob%2Btag@example.com?Protocol=ActiveSync&RedirectCount=1",
        request.pathUri("127.0.0.1:8443").toString());
  }

  @Test
  void whatAClientBuildsAServerReadsBack() {
    V2Request request =
        V2Request.of("d\u00f6rte o'neil@example.com", V2Protocol.EWS).withRedirectCount(3);
    for (URI uri : new URI[] {request.pathUri("a.example"), request.queryUri("a.example")}) {
      V2Request read = V2Request.read(uri.getRawPath(), uri.getRawQuery()).orElseThrow();
      assertEquals(request.address(), read.address(), uri.toString());
      assertEquals(request.protocol(), read.protocol());
      assertEquals(3, read.redirectCount());
    }
    assertEquals(
        V2Request.Form.QUERY,
        V2Request.read(request.queryUri("a").getRawPath(), request.queryUri("a").getRawQuery())
            .orElseThrow()
            .form());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          /autodiscover/autodiscover.json/v1.0/alice@example.com | Protocol=AutodiscoverV1         | alice@example.com | AutodiscoverV1 | 0 | PATH
          /Autodiscover/Autodiscover.JSON/V1.0/alice@example.com | protocol=ews&redirectcount=2     | alice@example.com | ews            | 2 | PATH
          /autodiscover/autodiscover.json                        | Email=alice%40example.com&Protocol=ActiveSync | alice@example.com | ActiveSync | 0 | QUERY
          /autodiscover/autodiscover.json/                       | Protocol=Rest&Email=a%2Bb%40x.example | a+b@x.example | Rest          | 0 | QUERY
          /autodiscover/autodiscover.json/v1.0/alice@example.com | NULL                             | alice@example.com | NULL           | 0 | PATH
          /autodiscover/autodiscover.json/v1.0/                  | Protocol=AutodiscoverV1          | NULL              | AutodiscoverV1 | 0 | PATH
          /autodiscover/autodiscover.json                        | Protocol=&Email=                 | NULL              | NULL           | 0 | QUERY
          /autodiscover/autodiscover.json/v1.0/a@x.example       | Protocol=EWS&Protocol=Rest&RedirectCount=-4 | a@x.example | EWS   | 0 | PATH
          /autodiscover/autodiscover.json/v1.0/a@x.example       | Protocol=EWS&RedirectCount=99999999999 | a@x.example | EWS      | 100 | PATH
          /autodiscover/autodiscover.json/v1.0/a@x.example       | Protocol=EWS&RedirectCount=two  | a@x.example       | EWS            | 0 | PATH
          /autodiscover/autodiscover.json/v1.0/100%25@x.example  | Protocol=%E2%82%AC&Email=ignored | 100%@x.example    | \u20ac         | 0 | PATH
          /autodiscover/autodiscover.json/v1.0/bad%zz@x.example  | Protocol=EWS                     | bad%zz@x.example  | EWS            | 0 | PATH
          """)
  void whatServersReceive(
      String path,
      String query,
      String address,
      String protocol,
      int redirects,
      V2Request.Form form) {
    V2Request request = V2Request.read(path, query).orElseThrow();
    assertEquals(address, request.address());
    Term<V2Protocol> p = request.protocol();
    if (protocol == null) {
      assertNull(p);
    } else {
      assertNotNull(p);
      assertEquals(protocol.replace("\\u20ac", "\u20ac"), p.raw());
    }
    assertEquals(redirects, request.redirectCount());
    assertEquals(form, request.form());
  }

  @Test
  void otherPathsAreNotV2() {
    for (String path :
        new String[] {
          "/autodiscover/autodiscover.xml",
          "/autodiscover/autodiscover.jsonx",
          "/autodiscover/autodiscover.json/v2.0/a@x",
          "/autodiscover/autodiscover.json/v1.0/a@x/more",
          "/mail/config-v1.1.xml",
          "/"
        }) {
      assertEquals(Optional.empty(), V2Request.read(path, "Protocol=EWS"), path);
    }
  }

  @Test
  void misuseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> V2Request.of("a@x", V2Protocol.UNKNOWN));
    V2Request request = V2Request.of("a@x.example", "EWS");
    assertThrows(IllegalArgumentException.class, () -> request.withRedirectCount(-1));
    assertThrows(IllegalArgumentException.class, () -> request.withRedirectCount(101));
    assertThrows(IllegalArgumentException.class, () -> request.pathUri("bad host"));
    V2Request missing =
        V2Request.read("/autodiscover/autodiscover.json/v1.0/", "Protocol=EWS").orElseThrow();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> missing.pathUri("a.example"));
    assertTrue(e.getMessage().contains("no address"));
  }
}
