package io.github.autodiscover4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.discovery.AutodiscoverClient;
import io.github.autodiscover4j.discovery.DiscoveryResult;
import io.github.autodiscover4j.discovery.LoopbackNet;
import io.github.autodiscover4j.discovery.ResponseSchema;
import io.github.autodiscover4j.discovery.TestCertificates;
import io.github.autodiscover4j.settings.ExchangeEndpoints;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The responder on the JDK's HTTP server, over HTTPS with the test CA, found by clients over the
 * network on loopback: the library's own POX discovery (Outlook and MobileSync) and autoconfig
 * fetched and parsed over HTTP. The test JVM resolves example.com to 127.0.0.1 (surefire's hosts
 * file); the discovery client connects its port 443 to the server's port.
 */
class ResponderHttpServerTest {
  private static ResponderHttpServer server;
  private static final List<String> LOG = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    server =
        ResponderHttpServer.builder(ResponderTest.example())
            .https(TestCertificates.serverContext())
            .log((client, request, answer) -> LOG.add(request.method() + " " + answer.note()))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static AutodiscoverClient client() {
    return LoopbackNet.wiringTo(server.address().getPort())
        .apply(AutodiscoverClient.builder())
        .requestTimeout(Duration.ofSeconds(10))
        .deadline(Duration.ofSeconds(30))
        .build();
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    HttpClient http = HttpClient.newBuilder().sslContext(TestCertificates.clientContext()).build();
    return http.send(
        HttpRequest.newBuilder(
                URI.create("https://example.com:" + server.address().getPort() + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theLibrarysOwnDiscoveryFindsThePoxSettings() throws Exception {
    DiscoveryResult result = client().discover("alice@example.com");
    assertEquals(DocumentKind.SETTINGS, result.document().kind());
    assertEquals("https://example.com/autodiscover/autodiscover.xml", result.url().toString());
    assertEquals(
        "https://mail.example.com/EWS/Exchange.asmx",
        ExchangeEndpoints.of(result.document()).ewsUrl().orElseThrow());
    assertEquals(List.of(), Autodiscover.lint(Autodiscover.toBytes(result.document())).findings());
    assertTrue(LOG.contains("POST pox outlook settings"), LOG.toString());
  }

  @Test
  void theLibrarysOwnDiscoveryFindsTheActiveSyncUrl() throws Exception {
    DiscoveryResult result = client().discover("alice@example.com", ResponseSchema.MOBILE_SYNC);
    assertEquals(DocumentKind.MOBILE_SYNC_SETTINGS, result.document().kind());
    assertEquals(
        "https://mail.example.com/Microsoft-Server-ActiveSync",
        ExchangeEndpoints.of(result.document()).activeSyncUrl().orElseThrow());
  }

  @Test
  void autoconfigIsFetchedAndParsedOverHttps() throws Exception {
    HttpResponse<byte[]> response =
        get("/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=alice%40example.com");
    assertEquals(200, response.statusCode());
    assertEquals("text/xml; charset=utf-8", response.headers().firstValue("Content-Type").get());
    AutoconfigDocument doc = Autoconfig.parse(response.body());
    assertEquals("alice@example.com", doc.outgoingServers().get(0).username().orElseThrow());
  }

  @Test
  void v2LeadsToThePoxEndpointAndItsSettingsOverHttps() throws Exception {
    HttpResponse<byte[]> v2 =
        get("/autodiscover/autodiscover.json/v1.0/alice@example.com?Protocol=AutodiscoverV1");
    assertEquals(200, v2.statusCode());
    io.github.autodiscover4j.V2Document answer =
        io.github.autodiscover4j.AutodiscoverV2.parse(v2.body());
    URI pox = answer.uri();
    assertEquals(
        "https://example.com:" + server.address().getPort() + "/autodiscover/autodiscover.xml",
        String.valueOf(pox));
    HttpResponse<byte[]> settings =
        HttpClient.newBuilder()
            .sslContext(TestCertificates.clientContext())
            .build()
            .send(
                HttpRequest.newBuilder(pox)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            Autodiscover.toXml(Autodiscover.outlookRequest("alice@example.com"))))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(DocumentKind.SETTINGS, Autodiscover.parse(settings.body()).kind());
    HttpResponse<byte[]> ews =
        get("/autodiscover/autodiscover.json?Email=alice%40example.com&Protocol=ews");
    assertEquals(
        "https://mail.example.com/EWS/Exchange.asmx",
        io.github.autodiscover4j.AutodiscoverV2.parse(ews.body()).url());
  }

  @Test
  void anOversizedBodyIsRefusedAfterTheLimit() throws Exception {
    // twice the limit: the responder reads one byte over it, the JDK server drains the rest (up to
    // its 64 KiB drain amount) and the client reads the 413; far longer bodies get the connection
    // closed on them, never read into memory
    HttpClient http = HttpClient.newBuilder().sslContext(TestCertificates.clientContext()).build();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "https://example.com:"
                            + server.address().getPort()
                            + "/autodiscover/autodiscover.xml"))
                .timeout(Duration.ofSeconds(20))
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        new byte[2 * Responder.DEFAULT_MAX_BODY_BYTES]))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode());
  }

  @Test
  void headGetsTheHeadersAndNoBody() throws Exception {
    HttpClient http = HttpClient.newBuilder().sslContext(TestCertificates.clientContext()).build();
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "https://example.com:"
                            + server.address().getPort()
                            + "/mail/config-v1.1.xml?emailaddress=alice@example.com"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals(0, response.body().length);
  }

  @Test
  void theHandlerMountsOnAServerTheCallerRuns() throws Exception {
    HttpServer own =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    own.createContext("/", ResponderHttpServer.handler(ResponderTest.example()));
    own.start();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + own.getAddress().getPort()
                                  + "/mail/config-v1.1.xml"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("%EMAILADDRESS%"));
    } finally {
      own.stop(0);
    }
  }

  @Test
  void thePlainServerSaysWhereItListens() throws IOException {
    try (ResponderHttpServer plain = ResponderHttpServer.builder(ResponderTest.example()).start()) {
      assertTrue(
          plain.uri().toString().matches("http://127\\.0\\.0\\.1:\\d+/"), plain.uri().toString());
    }
    assertTrue(server.uri().toString().startsWith("https://127.0.0.1:"));
  }
}
