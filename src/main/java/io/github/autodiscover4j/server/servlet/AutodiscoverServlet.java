package io.github.autodiscover4j.server.servlet;

import io.github.autodiscover4j.server.Responder;
import io.github.autodiscover4j.server.ResponderAnswer;
import io.github.autodiscover4j.server.ResponderRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Responder} as a Jakarta Servlet (Servlet 6): mount it where the Autodiscover paths
 * arrive, typically at the context root with the mappings {@code /autodiscover/*}, {@code /mail/*}
 * and {@code /.well-known/autoconfig/*} (or {@code /*}). Paths are matched after the context path.
 *
 * <pre>{@code
 * Responder responder = Responder.of(Autoconfig.parse(Path.of("example.com.xml")));
 * context.addServlet(new ServletHolder(new AutodiscoverServlet(responder)), "/*");   // Jetty
 * }</pre>
 *
 * <p>Spring Boot registers it with a {@code ServletRegistrationBean}. The body is read up to the
 * responder's limit plus one byte, and a {@code Content-Length} over the limit is refused unread.
 */
public class AutodiscoverServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The responder; servlets are serialisable, responders are not (containers rarely do it). */
  private final transient Responder responder;

  /**
   * Creates the servlet.
   *
   * @param responder what answers the requests
   */
  public AutodiscoverServlet(Responder responder) {
    this.responder = Objects.requireNonNull(responder, "responder");
  }

  /**
   * Answers any method with the responder (which says 405 for the ones an endpoint does not take).
   *
   * @param request the request
   * @param response the response
   * @throws IOException when reading or writing fails
   */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int limit = responder.maxBodyBytes();
    byte[] body;
    if (request.getContentLengthLong() > limit) {
      // one byte over is all the responder needs to refuse it; the rest is never read
      body = new byte[limit + 1];
    } else {
      try (InputStream in = request.getInputStream()) {
        body = in.readNBytes(limit + 1);
      }
    }
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    String path =
        context != null && !context.isEmpty() && uri.startsWith(context)
            ? uri.substring(context.length())
            : uri;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    ResponderAnswer answer =
        responder.answer(
            ResponderRequest.of(
                request.getMethod(),
                path.isEmpty() ? "/" : path,
                request.getQueryString(),
                headers,
                body));
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    byte[] bytes = answer.body();
    response.setContentLength(bytes.length);
    if (!request.getMethod().equalsIgnoreCase("HEAD")) {
      try (OutputStream out = response.getOutputStream()) {
        out.write(bytes);
      }
    }
  }
}
