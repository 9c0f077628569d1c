package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.model.AutodiscoverRoot;
import io.github.autodiscover4j.value.UnknownElement;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The reading and writing machinery behind the front door: decoding, the hardened StAX factory, the
 * lenient reader, the {@link Binder} that reads its events into the model, and one lazily created,
 * shared {@link JAXBContext} for writing (and for the tests, as the reference the binder is held
 * to). Internal: not API, may change at any time.
 */
public final class Codec {
  private static final ParseOptions DEFAULTS = ParseOptions.defaults();

  /** The factory for the default limits, made on first use (it loads the parser). */
  private static final class DefaultFactory {
    static final XMLInputFactory INSTANCE =
        Xml.newInputFactory(DEFAULTS.maxDepth(), DEFAULTS.maxAttributes());
  }

  private static final AtomicBoolean POX_TABLES = new AtomicBoolean();
  private static final AtomicBoolean AUTOCONFIG_TABLES = new AtomicBoolean();

  /**
   * On a process's first read of a format, builds the binder's tables for it on a second thread
   * while this one loads and starts the parser: the two are the larger part of a cold first parse,
   * and independent. The read then waits for the tables (the class initialisation that builds them
   * runs once, on whichever thread comes first), so a single core costs nothing but a thread.
   */
  private static void buildTablesAhead(boolean autoconfig) {
    AtomicBoolean started = autoconfig ? AUTOCONFIG_TABLES : POX_TABLES;
    if (!started.get() && started.compareAndSet(false, true)) {
      Thread builder =
          new Thread(
              autoconfig ? () -> Binder.autoconfig() : () -> Binder.pox(),
              "autodiscover4j-binder-tables");
      builder.setDaemon(true);
      builder.start();
    }
  }

  /**
   * Created on first use (it is the expensive part of start-up) and shared: JAXBContext is
   * thread-safe.
   */
  private static final class Context {
    static final JAXBContext INSTANCE = create();

    private static JAXBContext create() {
      try {
        // Straight to the runtime the library depends on: JAXBContext.newInstance would first
        // search for an implementation (system properties, jaxb.properties in each package, a
        // ServiceLoader scan of the class path and the module image, java.util.logging set-up), a
        // fifth of a cold start, to find this one.
        return new org.glassfish.jaxb.runtime.v2.JAXBContextFactory()
            .createContext(
                new Class<?>[] {
                  io.github.autodiscover4j.model.envelope.ResponseEnvelope.class,
                  io.github.autodiscover4j.model.request.OutlookRequestEnvelope.class,
                  io.github.autodiscover4j.model.mobilesync.request.MobileSyncRequestEnvelope.class,
                  UnknownElement.Content.class
                },
                Map.of());
      } catch (JAXBException e) {
        throw new IllegalStateException("the generated model does not bind", e);
      }
    }
  }

  /** The autoconfig model's own context, created on first autoconfig read or write. */
  private static final class AutoconfigContext {
    static final JAXBContext INSTANCE = create();

    private static JAXBContext create() {
      try {
        return new org.glassfish.jaxb.runtime.v2.JAXBContextFactory()
            .createContext(
                new Class<?>[] {
                  io.github.autodiscover4j.model.autoconfig.ClientConfig.class,
                  UnknownElement.Content.class
                },
                Map.of());
      } catch (JAXBException e) {
        throw new IllegalStateException("the generated autoconfig model does not bind", e);
      }
    }
  }

  /** What a read produced: the root model object and the problems found on the way. */
  public static final class Result {
    /** The root model object. */
    public final AutodiscoverRoot root;

    /** What was read leniently, in document order. */
    public final List<Problem> problems;

    /** How the document was written, or null when not asked for. */
    public final @Nullable Outline outline;

    Result(AutodiscoverRoot root, List<Problem> problems, @Nullable Outline outline) {
      this.root = root;
      this.problems = problems;
      this.outline = outline;
    }
  }

  /** What an autoconfig read produced: the {@code clientConfig} root and the problems. */
  public static final class AutoconfigResult {
    /** The root model object. */
    public final io.github.autodiscover4j.model.autoconfig.ClientConfig root;

    /** What was read leniently, in document order. */
    public final List<Problem> problems;

    /** How the document was written, or null when not asked for. */
    public final @Nullable Outline outline;

    AutoconfigResult(
        io.github.autodiscover4j.model.autoconfig.ClientConfig root,
        List<Problem> problems,
        @Nullable Outline outline) {
      this.root = root;
      this.problems = problems;
      this.outline = outline;
    }
  }

  private Codec() {}

  /**
   * Decodes bytes (see {@link TextInput}) and reads them.
   *
   * @param bytes the buffer
   * @param length how many bytes of it are the document
   * @param options the limits
   * @return the model and problems
   * @throws AutodiscoverException when the input is not a readable Autodiscover document
   */
  public static Result read(byte[] bytes, int length, ParseOptions options)
      throws AutodiscoverException {
    return read(bytes, length, options, false);
  }

  /**
   * Decodes bytes and reads them, recording an {@link Outline} when asked.
   *
   * @param bytes the buffer
   * @param length how many bytes of it are the document
   * @param options the limits
   * @param withOutline whether to record the outline
   * @return the model, problems and outline
   * @throws AutodiscoverException when the input is not a readable Autodiscover document
   */
  public static Result read(byte[] bytes, int length, ParseOptions options, boolean withOutline)
      throws AutodiscoverException {
    if (length > options.maxInputBytes()) {
      throw tooLarge(options);
    }
    return (Result) read(TextInput.text(bytes, length), options, withOutline, false, false, false);
  }

  /**
   * Reads a document given as text.
   *
   * @param text the document
   * @param options the limits
   * @return the model and problems
   * @throws AutodiscoverException when the input is not a readable Autodiscover document
   */
  public static Result read(String text, ParseOptions options) throws AutodiscoverException {
    return read(text, options, false);
  }

  /**
   * Reads a document given as text, recording an {@link Outline} when asked.
   *
   * @param text the document
   * @param options the limits
   * @param withOutline whether to record the outline
   * @return the model, problems and outline
   * @throws AutodiscoverException when the input is not a readable Autodiscover document
   */
  public static Result read(String text, ParseOptions options, boolean withOutline)
      throws AutodiscoverException {
    return (Result) read(text, options, withOutline, false, false, false);
  }

  /**
   * What the binding produced, before its root is checked against the format read.
   *
   * @param root the root model object
   * @param problems what was read leniently, in document order
   * @param outline how the document was written, or null when not asked for
   */
  public record Bound(Object root, List<Problem> problems, @Nullable Outline outline) {}

  /**
   * What a read makes of its root: a {@link Result}, an {@link AutoconfigResult}, or for a
   * comparison a {@link Bound}; one object, whose root is checked against the format read.
   */
  private static Object result(
      Object root,
      List<Problem> problems,
      @Nullable Outline outline,
      boolean autoconfig,
      boolean comparison)
      throws AutodiscoverException {
    if (comparison) {
      return new Bound(root, problems, outline);
    }
    if (!autoconfig && root instanceof AutodiscoverRoot autodiscoverRoot) {
      return new Result(autodiscoverRoot, problems, outline);
    }
    if (autoconfig && root instanceof io.github.autodiscover4j.model.autoconfig.ClientConfig c) {
      return new AutoconfigResult(c, problems, outline);
    }
    // the reader only hands on a root element it has put into one of the format's namespaces
    throw new AutodiscoverException(
        AutodiscoverException.Kind.NOT_AUTODISCOVER,
        autoconfig ? "not an autoconfig document" : "not an Autodiscover document",
        -1,
        -1,
        null);
  }

  /**
   * Decodes bytes (see {@link TextInput}) and reads them as an autoconfig document.
   *
   * @param bytes the buffer
   * @param length how many bytes of it are the document
   * @param options the limits
   * @param withOutline whether to record the outline
   * @return the model ({@code ClientConfig}), problems and outline
   * @throws AutodiscoverException when the input is not a readable autoconfig document
   */
  public static AutoconfigResult readAutoconfig(
      byte[] bytes, int length, ParseOptions options, boolean withOutline)
      throws AutodiscoverException {
    if (length > options.maxInputBytes()) {
      throw tooLarge(options);
    }
    return (AutoconfigResult)
        read(TextInput.text(bytes, length), options, withOutline, true, false, false);
  }

  /**
   * Reads an autoconfig document given as text.
   *
   * @param text the document
   * @param options the limits
   * @param withOutline whether to record the outline
   * @return the model ({@code ClientConfig}), problems and outline
   * @throws AutodiscoverException when the input is not a readable autoconfig document
   */
  public static AutoconfigResult readAutoconfig(
      String text, ParseOptions options, boolean withOutline) throws AutodiscoverException {
    return (AutoconfigResult) read(text, options, withOutline, true, false, false);
  }

  /**
   * Reads a document as the front door does, but through JAXB's unmarshaller instead of {@link
   * Binder}: the reference the tests hold the binder to. Not for the library's own use.
   *
   * @param bytes the document, decoded as {@link #read(byte[], int, ParseOptions)} decodes it
   * @param options the limits
   * @param autoconfig whether it is an autoconfig document (else POX)
   * @param jaxb whether to bind with JAXB (else with the binder)
   * @return the root model object and the problems; the root is a {@code ClientConfig} or an {@code
   *     AutodiscoverRoot}
   * @throws AutodiscoverException when the input is not a readable document
   */
  public static Bound readForComparison(
      byte[] bytes, ParseOptions options, boolean autoconfig, boolean jaxb)
      throws AutodiscoverException {
    if (bytes.length > options.maxInputBytes()) {
      throw tooLarge(options);
    }
    return (Bound)
        read(TextInput.text(bytes, bytes.length), options, false, autoconfig, jaxb, true);
  }

  /** A read; what it returns is {@link #result}'s. */
  private static Object read(
      CharSequence text,
      ParseOptions options,
      boolean withOutline,
      boolean autoconfig,
      boolean jaxb,
      boolean comparison)
      throws AutodiscoverException {
    if (text.length() > options.maxInputBytes()) {
      throw tooLarge(options);
    }
    if (!jaxb) {
      buildTablesAhead(autoconfig);
    }
    // A byte order mark and white space before the XML declaration are tolerated (the declaration
    // must come first in XML); line numbers in messages still count the removed lines.
    int start = 0;
    int lineOffset = 0;
    if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
      start = 1;
    }
    int i = BodyKind.skipSpace(text, start, text.length());
    if (i > start && BodyKind.startsWith(text, "<?xml", i)) {
      for (int k = start; k < i; k++) {
        lineOffset += text.charAt(k) == '\n' ? 1 : 0;
      }
      start = i;
    }
    CharSequence xml = start == 0 ? text : text.subSequence(start, text.length());
    // an HTML page is what a web server answers for a missing config-v1.1.xml, too
    AutodiscoverException notXml =
        BodyKind.check(
            xml, lineOffset, autoconfig ? "an autoconfig document" : "an Autodiscover document");
    if (notXml != null) {
      throw notXml;
    }
    XMLInputFactory factory =
        options.maxDepth() == DEFAULTS.maxDepth()
                && options.maxAttributes() == DEFAULTS.maxAttributes()
            ? DefaultFactory.INSTANCE
            : Xml.newInputFactory(options.maxDepth(), options.maxAttributes());
    // One pass guesses that a Response in the envelope namespace is the envelope's own (an error,
    // as Exchange sends it); the rare document that proves it wrong is read again, with the look
    // at its children first
    Object bound =
        bind(xml, factory, options, lineOffset, withOutline, autoconfig, jaxb, comparison, true);
    if (bound == null) {
      bound =
          bind(xml, factory, options, lineOffset, withOutline, autoconfig, jaxb, comparison, false);
    }
    if (bound == null) {
      throw new IllegalStateException("a read without guessing cannot guess wrong");
    }
    return bound;
  }

  /**
   * One read of a document; null when the reader guessed a {@code Response}'s namespace and the
   * document proved the guess wrong.
   */
  private static @Nullable Object bind(
      CharSequence xml,
      XMLInputFactory factory,
      ParseOptions options,
      int lineOffset,
      boolean withOutline,
      boolean autoconfig,
      boolean jaxb,
      boolean comparison,
      boolean guess)
      throws AutodiscoverException {
    List<Problem> problems = new ArrayList<>();
    Outline outline = withOutline ? new Outline() : null;
    LenientReader reader;
    UnknownCapture capture = new UnknownCapture();
    try {
      XMLStreamReader raw = Xml.reader(factory, xml);
      if ("1.1".equals(raw.getVersion())) {
        // XML 1.1 lets a document carry control characters (&#x1;) that the XML 1.0 writer must
        // refuse, and the JDK's 1.1 scanner reports namespace declarations as attributes.
        // Autodiscover is XML 1.0.
        throw new AutodiscoverException(
            AutodiscoverException.Kind.FORBIDDEN,
            "XML version 1.1 is not supported: "
                + (autoconfig ? "autoconfig" : "Autodiscover")
                + " documents are XML 1.0",
            1 + lineOffset,
            1,
            null);
      }
      reader =
          autoconfig
              ? new LenientReader(
                  raw,
                  factory,
                  xml,
                  options,
                  lineOffset,
                  problems,
                  outline,
                  capture,
                  Vocabulary.autoconfigRoot())
              : new LenientReader(
                  raw, factory, xml, options, lineOffset, problems, outline, capture);
      if (guess) {
        reader.guessEnvelopeResponse();
      }
    } catch (XMLStreamException e) {
      throw malformed(e, lineOffset, xml);
    }
    final int offset = lineOffset;
    Object root;
    try {
      if (!jaxb) {
        Binder binder = autoconfig ? Binder.autoconfig() : Binder.pox();
        root = binder.read(reader, capture, problems, offset);
      } else {
        Unmarshaller unmarshaller =
            (autoconfig ? AutoconfigContext.INSTANCE : Context.INSTANCE).createUnmarshaller();
        unmarshaller.setListener(capture);
        unmarshaller.setEventHandler(event -> record(event, problems, offset));
        root = unmarshaller.unmarshal(reader);
      }
    } catch (JAXBException | XMLStreamException | RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof LenientReader.Misguessed) {
          return null;
        }
        if (t instanceof LenientReader.Rejected) {
          throw ((LenientReader.Rejected) t).reason;
        }
        if (t instanceof XMLStreamException) {
          throw malformed((XMLStreamException) t, offset, xml);
        }
        if (t instanceof java.util.MissingResourceException missing) {
          // the JDK's scanner could not word its own error (a key missing from its bundle): the
          // input is broken where the scan stopped, which it does not tell; say so in plain words
          throw malformed(
              new XMLStreamException("the parser stopped at '" + missing.getKey() + "'"),
              offset,
              xml);
        }
      }
      throw new AutodiscoverException(
          AutodiscoverException.Kind.NOT_WELL_FORMED,
          "the document could not be bound: " + e,
          -1,
          -1,
          e);
    } finally {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // in-memory source: nothing to release
      }
    }
    return result(root, problems, outline, autoconfig, comparison);
  }

  private static boolean record(ValidationEvent event, List<Problem> problems, int lineOffset) {
    ValidationEventLocator at = event.getLocator();
    int line = at == null ? -1 : at.getLineNumber();
    problems.add(
        new Problem(
            Problem.Kind.BINDING,
            event.getMessage(),
            line > 0 ? line + lineOffset : -1,
            at == null ? -1 : at.getColumnNumber(),
            ""));
    return event.getSeverity() != ValidationEvent.FATAL_ERROR;
  }

  private static AutodiscoverException tooLarge(ParseOptions options) {
    return new AutodiscoverException(
        AutodiscoverException.Kind.LIMIT,
        "input larger than " + options.maxInputBytes() + " bytes (ParseOptions.maxInputBytes)",
        -1,
        -1,
        null);
  }

  private static AutodiscoverException malformed(
      XMLStreamException e, int lineOffset, CharSequence xml) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int cut = message.indexOf("Message: ");
    if (cut >= 0) {
      message = message.substring(cut + "Message: ".length());
    }
    // Woodstox appends the position ("\n at [row,col {unknown-source}]: [1,2]"): said below
    int woodstoxAt = message.indexOf("\n at [row,col");
    if (woodstoxAt >= 0) {
      message = message.substring(0, woodstoxAt);
    }
    message = namespaceProblem(message.strip());
    int line = at == null ? -1 : at.getLineNumber();
    int column = line > 0 ? column(at) : -1;
    if (line <= 0) {
      // The JDK gives no location when the input ends inside a DOCTYPE's internal subset (found by
      // the autoconfig fuzz target): the problem is where the input ends.
      line = 1;
      int lineStart = 0;
      for (int i = 0; i < xml.length(); i++) {
        if (xml.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      column = xml.length() - lineStart + 1;
    }
    return new AutodiscoverException(
        AutodiscoverException.Kind.NOT_WELL_FORMED,
        "not well-formed XML: " + message,
        line + lineOffset,
        column,
        e);
  }

  private static final String NAMESPACES_SPEC = "http://www.w3.org/TR/1999/REC-xml-names-19990114#";

  /**
   * The JDK has no wording for namespace errors: it reports the spec's address, a key and its
   * arguments ({@code ...#ElementPrefixUnbound?q&q:Vendor}). This says the same in words and keeps
   * the key.
   */
  static String namespaceProblem(String message) {
    if (!message.startsWith(NAMESPACES_SPEC)) {
      return message;
    }
    String rest = message.substring(NAMESPACES_SPEC.length());
    int q = rest.indexOf('?');
    String key = q < 0 ? rest : rest.substring(0, q);
    String[] args = q < 0 ? new String[0] : rest.substring(q + 1).split("&");
    String first = args.length == 0 ? "" : args[0];
    String last = args.length == 0 ? "" : args[args.length - 1];

    String words =
        switch (key) {
          case "ElementPrefixUnbound" ->
              "the prefix of element <" + last + "> is not bound to a namespace";
          case "AttributePrefixUnbound" ->
              // its arguments are the element, the attribute and the prefix
              "the prefix of attribute "
                  + (args.length > 1 ? args[1] : last)
                  + " is not bound to a namespace";
          case "AttributeNSNotUnique" ->
              "an attribute appears twice on <" + first + "> under one namespace";
          case "ElementXMLNSPrefix" -> "element <" + last + "> uses the reserved prefix xmlns";
          case "CantBindXML", "CantBindXMLNS" ->
              "the reserved prefix or namespace "
                  + (key.endsWith("NS") ? "xmlns" : "xml")
                  + " is bound wrongly";
          case "EmptyPrefixedAttName" -> "a prefixed namespace declaration has an empty value";
          default -> "a namespace error";
        };
    return words + " [" + key + "]";
  }

  /**
   * The 1-based column of a StAX location. The JDK scanner says column 0 for a character right
   * after a carriage return it has counted as a line end; that character is in column 1.
   */
  static int column(Location at) {
    return Math.max(1, at.getColumnNumber());
  }

  /**
   * Writes a root model object in canonical form.
   *
   * @param root an {@code Autodiscover} root of the response or a request model
   * @param out where to write; not closed
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void write(AutodiscoverRoot root, Writer out) {
    handOn(toText(root), out);
  }

  /**
   * Writes a root model object in canonical form, as text.
   *
   * @param root an {@code Autodiscover} root of the response or a request model
   * @return the document
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static String toText(AutodiscoverRoot root) {
    return text(root);
  }

  /**
   * Writes an autoconfig model in canonical form.
   *
   * @param root the {@code clientConfig} root
   * @param out where to write; not closed
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void writeAutoconfig(
      io.github.autodiscover4j.model.autoconfig.ClientConfig root, Writer out) {
    handOn(toTextAutoconfig(root), out);
  }

  private static void handOn(String document, Writer out) {
    try {
      out.write(document);
      out.flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an autoconfig model in canonical form, as text.
   *
   * @param root the {@code clientConfig} root
   * @return the document
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static String toTextAutoconfig(
      io.github.autodiscover4j.model.autoconfig.ClientConfig root) {
    return text(root);
  }

  /**
   * The table-driven {@link ModelWriter}; JAXB for what only JAXB writes exactly (see there). The
   * document is built in memory either way and handed on whole.
   */
  private static String text(Object root) {
    String text = writeWithModelWriter(root);
    // the JAXB context is created only there, on first need
    return text != null ? text : writeWithJaxb(root);
  }

  /**
   * Writes with the table-driven {@link ModelWriter} alone. Not API: for the tests that compare it
   * with {@link #writeWithJaxb}.
   *
   * @param root a root model object
   * @return the document, or null when the model holds something only JAXB writes exactly
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static @Nullable String writeWithModelWriter(Object root) {
    CanonicalXmlWriter writer = new CanonicalXmlWriter();
    try {
      ModelWriter.write(root, writer);
    } catch (ModelWriter.NeedsJaxb e) {
      return null;
    }
    return writer.text();
  }

  /**
   * Writes with JAXB's marshaller: the reference the model writer is tested against. Not API.
   *
   * @param root a root model object
   * @return the document
   * @throws IllegalArgumentException when the model holds text XML cannot carry
   */
  public static String writeWithJaxb(Object root) {
    CanonicalXmlWriter writer = new CanonicalXmlWriter();
    marshal(
        root instanceof io.github.autodiscover4j.model.autoconfig.ClientConfig
            ? AutoconfigContext.INSTANCE
            : Context.INSTANCE,
        root,
        writer);
    return writer.text();
  }

  private static void marshal(JAXBContext context, Object root, CanonicalXmlWriter writer) {
    try {
      Marshaller marshaller = context.createMarshaller();
      marshaller.marshal(root, writer);
    } catch (JAXBException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof IllegalArgumentException) {
          throw (IllegalArgumentException) t;
        }
      }
      throw new IllegalArgumentException("the model could not be written: " + e.getMessage(), e);
    }
  }
}
