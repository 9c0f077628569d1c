/**
 * autodiscover4j: Exchange POX Autodiscover, Autodiscover v2 and Mozilla autoconfig for the JVM.
 * Start at {@link io.github.autodiscover4j.Autodiscover}, {@link
 * io.github.autodiscover4j.AutodiscoverV2} or {@link io.github.autodiscover4j.Autoconfig}.
 *
 * <p>Exported: the front door and the document ({@code io.github.autodiscover4j}), typed values
 * ({@code value}), lint ({@code lint}), the account-dialog and Exchange-endpoint views ({@code
 * settings}), discovery ({@code discovery}), the command line ({@code cli}), the model's marker
 * interfaces ({@code model}), the model generated from the schemas ({@code model.*}), autoconfig's
 * typed views ({@code autoconfig}), the conversion between the formats ({@code convert}), and the
 * responder with its JDK HTTP server and servlet adapters ({@code server}, {@code server.servlet}).
 * Not exported: {@code internal}. The model packages, the package of {@code UnknownElement.Content}
 * ({@code value}) and the adapters in {@code internal} are opened to the JAXB API and
 * implementation alone, which create and fill them by reflection.
 */
module io.github.autodiscover4j {
  requires transitive jakarta
      .xml
      .bind; // the model's annotations and UnknownElement (a JAXBElement) are API
  requires transitive java.xml; // QName, in UnknownElement
  requires transitive jakarta.json; // Autodiscover v2: unknown members are JsonValues
  requires org.eclipse.parsson; // its implementation: depth and duplicate-key settings
  requires transitive java.net.http; // discovery: its builder takes an HttpClient
  requires java.naming; // discovery's SRV look-ups (the JDK's DNS provider is bound as a service)
  requires org.glassfish
      .jaxb
      .runtime; // the JAXB implementation: needed at run time, opened to below
  requires static org.jspecify; // nullness annotations on the API, for compilers and IDEs only
  requires transitive jdk.httpserver; // the responder's JDK adapter: its handler is API
  requires static com.ctc.wstx; // the faster XML parser, read through when present (optional)
  requires static org.codehaus.stax2; // its Stax2 API: where an event ends
  requires static jakarta.servlet; // the responder's servlet adapter alone; the container has it
  requires static info.picocli; // the command line's parser: the cli package alone, never the

  // library

  // (optional)

  exports io.github.autodiscover4j;
  exports io.github.autodiscover4j.value;
  exports io.github.autodiscover4j.lint;
  exports io.github.autodiscover4j.settings;
  exports io.github.autodiscover4j.discovery;
  exports io.github.autodiscover4j.cli;
  exports io.github.autodiscover4j.model;
  exports io.github.autodiscover4j.model.envelope;
  exports io.github.autodiscover4j.model.outlook;
  exports io.github.autodiscover4j.model.request;
  exports io.github.autodiscover4j.model.mobilesync;
  exports io.github.autodiscover4j.model.mobilesync.request;
  exports io.github.autodiscover4j.model.autoconfig;
  exports io.github.autodiscover4j.autoconfig;
  exports io.github.autodiscover4j.convert;
  exports io.github.autodiscover4j.server;
  exports io.github.autodiscover4j.server.servlet;

  opens io.github.autodiscover4j.cli to
      info.picocli; // picocli fills the command classes' option fields by reflection
  opens io.github.autodiscover4j.value to
      jakarta.xml.bind,
      org.glassfish.jaxb.core,
      org.glassfish.jaxb.runtime;
  opens io.github.autodiscover4j.internal to
      jakarta.xml.bind,
      org.glassfish.jaxb.core,
      org.glassfish.jaxb.runtime;
  opens io.github.autodiscover4j.model.envelope to
      jakarta.xml.bind,
      org.glassfish.jaxb.core,
      org.glassfish.jaxb.runtime;
  opens io.github.autodiscover4j.model.outlook to
      jakarta.xml.bind,
      org.glassfish.jaxb.core,
      org.glassfish.jaxb.runtime;
  opens io.github.autodiscover4j.model.request to
      jakarta.xml.bind,
      org.glassfish.jaxb.core,
      org.glassfish.jaxb.runtime;
  opens io.github.autodiscover4j.model.mobilesync to
      jakarta.xml.bind,
      org.glassfish.jaxb.core,
      org.glassfish.jaxb.runtime;
  opens io.github.autodiscover4j.model.mobilesync.request to
      jakarta.xml.bind,
      org.glassfish.jaxb.core,
      org.glassfish.jaxb.runtime;
  opens io.github.autodiscover4j.model.autoconfig to
      jakarta.xml.bind,
      org.glassfish.jaxb.core,
      org.glassfish.jaxb.runtime;
}
