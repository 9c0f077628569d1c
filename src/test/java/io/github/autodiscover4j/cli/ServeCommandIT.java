package io.github.autodiscover4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.autodiscover4j.discovery.TestCertificates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as an operator runs it, from the {@code -cli} jar, on loopback HTTPS with a key
 * store from the test CA, and a client nobody here wrote discovering from it: Python's exchangelib
 * 4.9 (Debian's {@code python3-exchangelib}), driven by {@code
 * src/test/resources/server/exchangelib_discover.py}, which bends only DNS and the port and keeps
 * TLS verification on against the test CA. Skipped with a message where exchangelib is missing,
 * unless {@code AUTODISCOVER4J_REQUIRE_EXCHANGELIB} is set ({@code .ci/run} sets it, after
 * installing the package).
 */
class ServeCommandIT {
  private static final Path CLI_JAR =
      Path.of(System.getProperty("autodiscover4j.jar").replaceFirst("\\.jar$", "-cli.jar"));

  /** Debian's Python, where its exchangelib package lives (not the first python3 on the path). */
  private static final Path PYTHON =
      Path.of(System.getProperty("autodiscover4j.python", "/usr/bin/python3"));

  private static final Pattern SERVING =
      Pattern.compile(
          "^autodiscover4j: serving (.*) on https://127\\.0\\.0\\.1:(\\d+)/ \\(Ctrl-C stops\\)$");
  private static final char[] PASSWORD = "serve-it-only".toCharArray();

  /** A running {@code serve}: its output lines as they come, and its port. */
  private record Serve(Process process, BlockingQueue<String> lines, int port, String domains)
      implements AutoCloseable {
    String next() throws InterruptedException {
      String line = lines.poll(30, TimeUnit.SECONDS);
      assertTrue(line != null, "serve printed nothing within 30 seconds");
      return line;
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private static Serve serve(Path keyStore) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            CLI_JAR.toString(),
            "serve",
            "--settings",
            "src/test/resources/server/example.com.xml",
            "--port",
            "0",
            "--https",
            keyStore.toString());
    builder.environment().put("AUTODISCOVER4J_KEYSTORE_PASSWORD", new String(PASSWORD));
    Process process = builder.redirectErrorStream(true).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("(output ended: " + e.getMessage() + ")");
              }
            },
            "serve-output");
    reader.setDaemon(true);
    reader.start();
    String first = lines.poll(60, TimeUnit.SECONDS);
    Matcher m = SERVING.matcher(String.valueOf(first));
    if (!m.matches()) {
      process.destroyForcibly();
    }
    assertTrue(m.matches(), "serve's first line: " + first);
    return new Serve(process, lines, Integer.parseInt(m.group(2)), m.group(1));
  }

  private static Path keyStore(Path dir) throws Exception {
    Path file = dir.resolve("server.p12");
    TestCertificates.writeServerKeyStore(file, PASSWORD);
    return file;
  }

  @Test
  void serveAnswersOverHttpsLogsEachRequestAndStopsCleanly(@TempDir Path dir) throws Exception {
    try (Serve serve = serve(keyStore(dir))) {
      assertEquals("example.com, mail.example.com", serve.domains());
      var client =
          java.net.http.HttpClient.newBuilder()
              .sslContext(TestCertificates.clientContext())
              .build();
      var response =
          client.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          "https://example.com:"
                              + serve.port()
                              + "/mail/config-v1.1.xml?emailaddress=alice%40example.com"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("<username>alice@example.com</username>"));
      String log = serve.next();
      assertTrue(
          log.matches(
              "^\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z 127\\.0\\.0\\.1 GET /mail/config-v1\\.1\\.xml 200"
                  + " \\d+ autoconfig$"),
          log);
      assertTrue(!log.contains("alice"), "the log holds no address: " + log);
      // SIGTERM runs the same shutdown hook as Ctrl-C's SIGINT; the process handle sends it without
      // closing the output (Process.destroy() would close it before "stopped" could be read)
      assertTrue(serve.process().toHandle().destroy(), "SIGTERM not sent");
      assertEquals("autodiscover4j: stopped", serve.next());
      assertTrue(serve.process().waitFor(30, TimeUnit.SECONDS), "serve did not stop");
    }
  }

  private static boolean exchangelibInstalled() throws Exception {
    if (!Files.isExecutable(PYTHON)) {
      return false;
    }
    Process p =
        new ProcessBuilder(
                PYTHON.toString(),
                "-c",
                "import exchangelib, sys; sys.exit(0 if exchangelib.__version__.startswith('4.9') else 3)")
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  /** Runs exchangelib for an address; the hosts are what it may reach, all on the server's port. */
  private static JsonNode exchangelib(Path dir, int port, String address, String... hosts)
      throws Exception {
    Path ca = dir.resolve("ca.pem");
    TestCertificates.writeCaPem(ca);
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    List<String> command =
        new ArrayList<>(
            List.of(
                PYTHON.toString(),
                "src/test/resources/server/exchangelib_discover.py",
                address,
                String.valueOf(port)));
    command.addAll(List.of(hosts));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("REQUESTS_CA_BUNDLE", ca.toString());
    // exchangelib keeps an autodiscover cache in the temporary directory: a fresh one per run
    builder.environment().put("TMPDIR", tmp.toString());
    builder.environment().remove("CURL_CA_BUNDLE");
    Process process = builder.redirectErrorStream(false).start();
    byte[] err = process.getErrorStream().readAllBytes();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "exchangelib did not finish");
    assertEquals(0, process.exitValue(), out + new String(err, StandardCharsets.UTF_8));
    String[] lines = out.strip().split("\n");
    return new ObjectMapper().readTree(lines[lines.length - 1]);
  }

  @Test
  void exchangelibDiscoversItsSettingsFromServe(@TempDir Path dir) throws Exception {
    boolean installed = exchangelibInstalled();
    if (!installed && System.getenv("AUTODISCOVER4J_REQUIRE_EXCHANGELIB") == null) {
      // on the console, past the build's redirection of test output to files (never closed: it is
      // the process's own standard error)
      java.io.PrintStream console =
          new java.io.PrintStream(
              new java.io.FileOutputStream(java.io.FileDescriptor.err),
              true,
              StandardCharsets.UTF_8);
      console.println(
          "[WARNING] ServeCommandIT: exchangelib's test SKIPPED: "
              + PYTHON
              + " has no exchangelib 4.9 (apt-get install -y python3-exchangelib; .ci/run does)");
      console.flush();
    }
    Assumptions.assumeTrue(
        installed || System.getenv("AUTODISCOVER4J_REQUIRE_EXCHANGELIB") != null,
        "exchangelib 4.9 is not installed for "
            + PYTHON
            + ": apt-get install -y"
            + " python3-exchangelib (.ci/run does)");
    assertTrue(installed, "AUTODISCOVER4J_REQUIRE_EXCHANGELIB is set but exchangelib is missing");
    try (Serve serve = serve(keyStore(dir))) {
      JsonNode found =
          exchangelib(
              dir, serve.port(), "alice@example.com", "example.com", "autodiscover.example.com");
      assertEquals(
          "https://mail.example.com/EWS/Exchange.asmx",
          found.path("ews_url").asText(),
          found.toString());
      assertEquals("alice@example.com", found.path("smtp_address").asText(), found.toString());
      assertEquals("settings", found.path("action").asText(), found.toString());
      List<String> types = new ArrayList<>();
      found.path("protocols").forEach(p -> types.add(p.path("type").asText()));
      assertEquals(List.of("IMAP", "POP3", "SMTP", "EXPR"), types, found.toString());
      JsonNode imap = found.path("protocols").get(0);
      assertEquals("imap.example.com", imap.path("server").asText());
      assertEquals(993, imap.path("port").asInt());
      assertTrue(imap.path("ssl").asBoolean());
      assertEquals("alice@example.com", imap.path("login_name").asText());
      JsonNode smtp = found.path("protocols").get(2);
      assertEquals(587, smtp.path("port").asInt());
      assertEquals("mail.example.com", found.path("protocols").get(3).path("server").asText());
      System.out.println("exchangelib read: " + found);

      // a domain the settings do not serve, routed to the same server: the documented 500 answer,
      // which exchangelib turns into its "no such mailbox" error
      JsonNode unknown =
          exchangelib(
              dir,
              serve.port(),
              "nobody@fabrikam.com",
              "fabrikam.com",
              "autodiscover.fabrikam.com");
      assertEquals("ErrorNonExistentMailbox", unknown.path("error").asText(), unknown.toString());
    }
  }
}
