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
 * responder's limit plus one byte; an over-limit body up to 1 MiB is read on and dropped before the
 * 413, so the client reads it, and a {@code Content-Length} over that is refused unread.
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
   * How much of an over-limit body is read and dropped before the 413 goes out, so that the client,
   * still sending, reads the answer instead of a reset connection (a container closing a connection
   * with unread bytes makes the client's TCP stack drop it); a longer body is refused unread.
   */
  private static final int DRAIN_LIMIT = 1 << 20;

  private static void drain(InputStream in) throws IOException {
    byte[] sink = new byte[8192];
    long left = DRAIN_LIMIT;
    for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
      left -= n;
    }
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
    long declared = request.getContentLengthLong();
    try (InputStream in = request.getInputStream()) {
      if (declared > limit) {
        // one byte over is all the responder needs to refuse it
        body = new byte[limit + 1];
        if (declared <= DRAIN_LIMIT) {
          drain(in);
        }
      } else {
        body = in.readNBytes(limit + 1);
        if (body.length > limit) {
          drain(in);
        }
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
