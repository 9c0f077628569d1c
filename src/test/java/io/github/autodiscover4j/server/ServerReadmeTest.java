package io.github.autodiscover4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.AutoconfigDocument;
import io.github.autodiscover4j.Autodiscover;
import io.github.autodiscover4j.ReadmeRegions;
import io.github.autodiscover4j.discovery.TestCertificates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** The README's responder examples are {@link ServerReadmeExample}, and do what it says. */
class ServerReadmeTest {
  private static final Path SETTINGS = Path.of("src/test/resources/server/example.com.xml");

  @Test
  void theReadmeShowsTheCompiledExamplesVerbatim() throws Exception {
    assertEquals(
        3,
        ReadmeRegions.assertShownInReadme(
            Path.of("src/test/java/io/github/autodiscover4j/server/ServerReadmeExample.java")));
  }

  @Test
  void theJdkServerExampleServesHttps() throws Exception {
    try (ResponderHttpServer server =
        ServerReadmeExample.jdkServer(SETTINGS, TestCertificates.serverContext(), 0)) {
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .sslContext(TestCertificates.clientContext())
              .build()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "https://example.com:"
                                  + server.address().getPort()
                                  + "/autodiscover/autodiscover.xml"))
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              Autodiscover.toXml(Autodiscover.outlookRequest("alice@example.com"))))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("<Server>imap.example.com</Server>"));
    }
  }

  @Test
  void theServletExampleRunsInJetty() throws Exception {
    Server jetty = ServerReadmeExample.jetty(ServerReadmeExample.servletContext(SETTINGS));
    jetty.start();
    try {
      int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + port
                                  + "/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=a%40example.com"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("<username>a@example.com</username>"));
    } finally {
      jetty.stop();
    }
  }

  @Test
  void theUserStoreExampleAnswersUnknownUsersLikeKnownOnes() throws Exception {
    AutoconfigDocument defaults = Autoconfig.parse(SETTINGS);
    ResponderAnswer unknown = ServerReadmeExample.fromUserStore(a -> Optional.empty(), defaults);
    ResponderAnswer known = ServerReadmeExample.fromUserStore(a -> Optional.of(defaults), defaults);
    assertEquals(200, unknown.status());
    assertEquals(known, unknown);
  }
}
