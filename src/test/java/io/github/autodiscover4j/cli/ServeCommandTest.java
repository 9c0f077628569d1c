package io.github.autodiscover4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} refuses what it cannot serve before it listens, each with its status and one plain
 * line (the serving itself runs until stopped: {@code ServeCommandIT} runs it as a process).
 */
class ServeCommandTest {
  private static final String SETTINGS = "src/test/resources/server/example.com.xml";

  private record Run(int status, String out, String err) {}

  private static Run serve(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    all[0] = "serve";
    System.arraycopy(args, 0, all, 1, args.length);
    int status =
        Main.run(
            all,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            false,
            UnaryOperator.identity());
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void withoutSettingsItIsAUsageError() {
    Run run = serve(Map.of());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("autodiscover4j: --settings FILE: required"), run.err());
  }

  @Test
  void aPortOutOfRangeOrAnUnknownBindAddressIsAUsageError() {
    assertEquals(2, serve(Map.of(), "--settings", SETTINGS, "--port", "70000").status());
    Run bind = serve(Map.of(), "--settings", SETTINGS, "--bind", "no such host.invalid");
    assertEquals(2, bind.status(), bind.err());
  }

  @Test
  void aMissingFileAPoxFileOrATemplateWithoutDomainIsAnInputProblem() {
    Run missing = serve(Map.of(), "--settings", "missing.xml");
    assertEquals(1, missing.status());
    assertEquals("autodiscover4j: missing.xml: No such file or directory\n", missing.err());
    Run pox = serve(Map.of(), "--settings", "src/test/resources/samples/redirect-addr.xml");
    assertEquals(1, pox.status());
    assertTrue(pox.err().contains("not a Mozilla autoconfig document"), pox.err());
    Run mailu =
        serve(Map.of(), "--settings", "src/test/resources/samples/autoconfig/mailu-style.xml");
    assertEquals(1, mailu.status());
    assertTrue(mailu.err().contains("names no domain"), mailu.err());
  }

  @Test
  void aKeyStoreThatDoesNotOpenIsAnInputProblemAndThePasswordIsNeverShown(@TempDir Path dir)
      throws Exception {
    Path store = dir.resolve("server.p12");
    io.github.autodiscover4j.discovery.TestCertificates.writeServerKeyStore(
        store, "right".toCharArray());
    Run wrong =
        serve(
            Map.of("AUTODISCOVER4J_KEYSTORE_PASSWORD", "wrong-secret"),
            "--settings",
            SETTINGS,
            "--https",
            store.toString(),
            "--port",
            "0");
    assertEquals(1, wrong.status());
    assertTrue(wrong.err().contains("cannot be used as a key store"), wrong.err());
    assertTrue(!wrong.err().contains("wrong-secret"), wrong.err());
    Path junk = Files.writeString(dir.resolve("junk.p12"), "not a key store");
    assertEquals(1, serve(Map.of(), "--settings", SETTINGS, "--https", junk.toString()).status());
  }

  @Test
  void thePasswordIsNoOption() {
    Run run = serve(Map.of(), "--settings", SETTINGS, "--keystore-password", "x");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--keystore-password: unknown option"), run.err());
  }

  @Test
  void helpNamesTheEnvironmentVariable() {
    Run run = serve(Map.of(), "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: autodiscover4j serve"), run.out());
    assertTrue(run.out().contains("AUTODISCOVER4J_KEYSTORE_PASSWORD"), run.out());
  }
}
