package io.github.autodiscover4j.server.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.AutodiscoverDocument;
import io.github.autodiscover4j.DocumentKind;
import io.github.autodiscover4j.server.Responder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The servlet inside a real container, Jetty 12 (ee10, Servlet 6.1), on loopback: mounted at the
 * root with {@code /*} as the README shows, and under a context path, where the paths are matched
 * after it.
 */
class AutodiscoverServletTest {
  private static Server jetty;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    Responder responder =
        Responder.of(Autoconfig.parse(Path.of("src/test/resources/server/example.com.xml")));
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler root = new ServletContextHandler("/");
    root.addServlet(new ServletHolder(new AutodiscoverServlet(responder)), "/*");
    ServletContextHandler app = new ServletContextHandler("/mail-app");
    app.addServlet(new ServletHolder(new AutodiscoverServlet(responder)), "/autodiscover/*");
    jetty.setHandler(new org.eclipse.jetty.server.Handler.Sequence(app, root));
    jetty.start();
    port = connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            request.timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private static HttpRequest.Builder outlookRequest(String path) {
    return at(path)
        .header("Content-Type", "text/xml; charset=utf-8")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                Autodiscover.toXml(Autodiscover.outlookRequest("alice@example.com"))));
  }

  @Test
  void outlooksRequestIsAnsweredInsideJetty() throws Exception {
    HttpResponse<byte[]> response = send(outlookRequest("/Autodiscover/Autodiscover.xml"));
    assertEquals(200, response.statusCode());
    // Jetty writes the type without the space: text/xml;charset=utf-8
    assertEquals(
        "text/xml;charset=utf-8",
        response.headers().firstValue("Content-Type").get().replace(" ", ""));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").get());
    AutodiscoverDocument doc = Autodiscover.parse(response.body());
    assertEquals(DocumentKind.SETTINGS, doc.kind());
    assertEquals("imap.example.com", doc.protocols("IMAP").get(0).getServer());
  }

  @Test
  void pathsAreMatchedAfterTheContextPath() throws Exception {
    HttpResponse<byte[]> response = send(outlookRequest("/mail-app/autodiscover/autodiscover.xml"));
    assertEquals(DocumentKind.SETTINGS, Autodiscover.parse(response.body()).kind());
  }

  @Test
  void autoconfigAndTheEndpointsStatusesComeThrough() throws Exception {
    HttpResponse<byte[]> autoconfig =
        send(at("/mail/config-v1.1.xml?emailaddress=bob%40example.com").GET());
    assertEquals(200, autoconfig.statusCode());
    assertEquals(
        "bob@example.com",
        Autoconfig.parse(autoconfig.body()).incomingServers().get(0).username().orElseThrow());
    HttpResponse<byte[]> get = send(at("/autodiscover/autodiscover.xml").GET());
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
    assertEquals(404, send(at("/elsewhere").GET()).statusCode());
  }

  @Test
  void aBodyOverTheLimitIsRefused() throws Exception {
    HttpResponse<byte[]> response =
        send(
            at("/autodiscover/autodiscover.xml")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        new byte[Responder.DEFAULT_MAX_BODY_BYTES + 10])));
    assertEquals(413, response.statusCode());
    assertTrue(new String(response.body()).startsWith("Content Too Large"));
  }
}
