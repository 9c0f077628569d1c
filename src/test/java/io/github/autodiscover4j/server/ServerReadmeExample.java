package io.github.autodiscover4j.server;

import io.github.autodiscover4j.Autoconfig;
import io.github.autodiscover4j.server.servlet.AutodiscoverServlet;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;

/** The README's responder examples, compiled; {@link ServerReadmeTest} runs them. */
final class ServerReadmeExample {
  private ServerReadmeExample() {}

  /** The JDK's own HTTP server: no container, no dependency. */
  static ResponderHttpServer jdkServer(Path settings, SSLContext tls, int port) throws IOException {
    // README:responder-jdk:begin
    Responder responder = Responder.of(Autoconfig.parse(settings)); // its <domain> list is served
    ResponderHttpServer server =
        ResponderHttpServer.builder(responder)
            .bind(new InetSocketAddress("127.0.0.1", port))
            .https(tls)
            .log((client, request, answer) -> System.out.println(request.method() + " " + answer))
            .start(); // server.close() stops it
    // README:responder-jdk:end
    return server;
  }

  /** A Jetty 12 (ee10) context: the servlet at the root, every Autodiscover path under it. */
  static ServletContextHandler servletContext(Path settings) throws IOException {
    // README:responder-servlet:begin
    Responder responder = Responder.of(Autoconfig.parse(settings));
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new AutodiscoverServlet(responder)), "/*");
    // README:responder-servlet:end
    return context;
  }

  /** Settings per address from the mail server's own user store, no enumeration oracle. */
  static ResponderAnswer fromUserStore(
      Function<String, Optional<io.github.autodiscover4j.AutoconfigDocument>> users,
      io.github.autodiscover4j.AutoconfigDocument defaults) {
    // README:responder-function:begin
    Responder responder =
        Responder.builder()
            .settings(address -> users.apply(address)) // empty: no such user
            .answerUnknownAddressesWith(defaults) // unknown users look like known ones
            .build();
    ResponderAnswer answer =
        responder.answer(
            ResponderRequest.get("/mail/config-v1.1.xml?emailaddress=alice%40example.com"));
    // README:responder-function:end
    return answer;
  }

  /** Jetty around the context, for the test. */
  static Server jetty(ServletContextHandler context) {
    Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
    server.setHandler(context);
    return server;
  }
}
