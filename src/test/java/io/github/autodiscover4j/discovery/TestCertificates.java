package io.github.autodiscover4j.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A test CA and one server certificate for every test host name, made once per test JVM with the
 * JDK's own {@code keytool}. Chosen over the JDK's internal {@code sun.security.x509} classes
 * because keytool's command line is a stable interface of every JDK, while those classes change
 * between releases (their signing API was rewritten in JDK 20) and need {@code --add-exports}. Four
 * keytool runs cost a few seconds, once.
 */
public final class TestCertificates {
  /**
   * Names the server certificate covers; {@link LoopbackNet#WRONG_NAME} is deliberately left out.
   */
  static final List<String> NAMES =
      List.of(
          "example.com",
          "autodiscover.example.com",
          "mail.example.com",
          "autodiscover.mail.example.com",
          "srv1.example.com",
          "srv2.example.com",
          "srv3.example.com",
          "srv4.example.com",
          "com",
          "autodiscover.com",
          "fabrikam.com",
          "autodiscover.fabrikam.com",
          "contoso.net",
          "autodiscover.contoso.net",
          "hoster.test",
          "mail.hoster.test",
          "evil.test",
          "autodiscover.evil.test",
          "autodiscover-s.outlook.com",
          "com.br",
          "autodiscover.com.br",
          "co.uk",
          "autodiscover.co.uk",
          "autoconfig.example.com",
          "autoconfig.contoso.net",
          "autoconfig.fabrikam.com");

  private static final char[] PASSWORD = "test-only".toCharArray();
  private static TestCertificates instance;

  private final SSLContext server;
  private final SSLContext client;
  private final Certificate ca;
  private final KeyStore chain;

  private TestCertificates(SSLContext server, SSLContext client, Certificate ca, KeyStore chain) {
    this.server = server;
    this.client = client;
    this.ca = ca;
    this.chain = chain;
  }

  /**
   * Writes a PKCS12 key store with the server's key and chain (alias {@code server}), as an
   * operator hands one to {@code serve --https}; key and store share the password.
   *
   * @param file where to write it
   * @param password the store's and the key's password
   * @throws IOException when it cannot be written
   * @throws InterruptedException when interrupted while making certificates
   */
  public static void writeServerKeyStore(Path file, char[] password)
      throws IOException, InterruptedException {
    try {
      TestCertificates c = get();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "server",
          c.chain.getKey("server", PASSWORD),
          password,
          c.chain.getCertificateChain("server"));
      try (var out = Files.newOutputStream(file)) {
        store.store(out, password);
      }
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  /**
   * Writes the test CA's certificate as PEM, as Python's requests reads it from {@code
   * REQUESTS_CA_BUNDLE}.
   *
   * @param file where to write it
   * @throws IOException when it cannot be written
   * @throws InterruptedException when interrupted while making certificates
   */
  public static void writeCaPem(Path file) throws IOException, InterruptedException {
    try {
      String base64 =
          java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(get().ca.getEncoded());
      Files.writeString(
          file,
          "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n",
          StandardCharsets.US_ASCII);
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  /**
   * The context a loopback HTTPS server presents, for tests in other packages.
   *
   * @return the server context
   * @throws IOException when the certificates cannot be made
   * @throws InterruptedException when interrupted while making them
   */
  public static SSLContext serverContext() throws IOException, InterruptedException {
    return get().server;
  }

  /**
   * A context that trusts the test CA and nothing else, for tests in other packages.
   *
   * @return the client context
   * @throws IOException when the certificates cannot be made
   * @throws InterruptedException when interrupted while making them
   */
  public static SSLContext clientContext() throws IOException, InterruptedException {
    return get().client;
  }

  /**
   * Writes a PKCS12 trust store holding the test CA alone, as a company would hand out its CA.
   *
   * @param file where to write it
   * @param password the store's password
   * @throws IOException when it cannot be written
   * @throws InterruptedException when interrupted while making certificates
   */
  public static void writeTrustStore(Path file, char[] password)
      throws IOException, InterruptedException {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("company-ca", get().ca);
      try (var out = Files.newOutputStream(file)) {
        store.store(out, password);
      }
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  static synchronized TestCertificates get() throws IOException, InterruptedException {
    if (instance == null) {
      instance = generate();
    }
    return instance;
  }

  /**
   * The context the loopback HTTPS server presents: key and chain (server certificate, test CA).
   */
  SSLContext server() {
    return server;
  }

  /** A context that trusts the test CA and nothing else. */
  SSLContext client() {
    return client;
  }

  private static TestCertificates generate() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("autodiscover4j-certs");
    dir.toFile().deleteOnExit();
    String ca = dir.resolve("ca.p12").toString();
    String srv = dir.resolve("server.p12").toString();
    keytool(
        "-genkeypair",
        "-alias",
        "ca",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-validity",
        "3",
        "-dname",
        "CN=autodiscover4j test CA",
        "-ext",
        "bc:c",
        "-keystore",
        ca);
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-validity",
        "3",
        "-dname",
        "CN=example.com",
        "-keystore",
        srv);
    keytool(
        "-certreq",
        "-alias",
        "server",
        "-keystore",
        srv,
        "-file",
        dir.resolve("server.csr").toString());
    keytool(
        "-gencert",
        "-alias",
        "ca",
        "-keystore",
        ca,
        "-infile",
        dir.resolve("server.csr").toString(),
        "-outfile",
        dir.resolve("server.cer").toString(),
        "-validity",
        "3",
        "-ext",
        "eku=serverAuth",
        "-ext",
        "SAN=" + String.join(",", NAMES.stream().map(n -> "dns:" + n).toList()));
    try {
      KeyStore caStore = load(ca);
      Certificate caCert = caStore.getCertificate("ca");
      KeyStore serverStore = load(srv);
      Key key = serverStore.getKey("server", PASSWORD);
      Certificate serverCert;
      try (InputStream in = Files.newInputStream(dir.resolve("server.cer"))) {
        serverCert = CertificateFactory.getInstance("X.509").generateCertificate(in);
      }
      KeyStore chain = KeyStore.getInstance("PKCS12");
      chain.load(null, null);
      chain.setKeyEntry("server", key, PASSWORD, new Certificate[] {serverCert, caCert});
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(chain, PASSWORD);
      SSLContext server = SSLContext.getInstance("TLS");
      server.init(keys.getKeyManagers(), null, null);

      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("ca", caCert);
      TrustManagerFactory trusts =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trusts.init(trust);
      SSLContext client = SSLContext.getInstance("TLS");
      client.init(null, trusts.getTrustManagers(), null);
      return new TestCertificates(server, client, caCert, chain);
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static KeyStore load(String path)
      throws IOException, java.security.GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      store.load(in, PASSWORD);
    }
    return store;
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    command.addAll(
        List.of("-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-noprompt"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(
          "keytool "
              + String.join(" ", args)
              + " failed: "
              + new String(output, StandardCharsets.UTF_8));
    }
  }
}
