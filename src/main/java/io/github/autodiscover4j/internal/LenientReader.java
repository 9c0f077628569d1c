package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.Namespaces;
import io.github.autodiscover4j.ParseOptions;
import io.github.autodiscover4j.Problem;
import io.github.autodiscover4j.value.UnknownElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.jspecify.annotations.Nullable;

/**
 * Presents what a real server sent as the canonical document the {@link Binder} binds (or JAXB, the
 * reference the tests hold the binder to), one event at a time.
 *
 * <ul>
 *   <li>Known element names are matched case-insensitively ({@code smtplast}, {@code RedirectURL},
 *       {@code EWSUrl}, {@code EmailAddress}) and reported with their canonical spelling.
 *   <li>Elements are put into their schema's namespace whatever the document wrote: the {@code
 *       https://} variants, no namespace at all, prefixes, a {@code Response} left in the envelope
 *       namespace.
 *   <li>Stray text between elements is dropped and reported as a {@link Problem}; comments and
 *       processing instructions are skipped; {@code xsi:} attributes are dropped (they would steer
 *       JAXB's type choice).
 *   <li>Typed leaf values (on/off, ports, hours, codes) are checked as they stream by, so that junk
 *       is reported with its line and column while the raw text goes on into the model.
 *   <li>A DOCTYPE or entity reference ends the parse, as do the limits of {@link ParseOptions}:
 *       depth, element count, text length, attribute count and attribute length.
 * </ul>
 *
 * An unknown element under a model object that keeps unknown elements is read here, into an {@link
 * UnknownElement} handed to {@link UnknownCapture}, and the binder never sees it (JAXB's own
 * capture built a DOM through a new XSLT transformer per element, many times the cost of the
 * element); one inside a text element is read here and dropped, with a problem. Any other unknown
 * element passes through, apart from its namespace, for the binder to report.
 */
final class LenientReader extends StreamReaderDelegate {
  private static final class Frame {
    String namespace = "";
    String localName = "";
    Vocabulary.@Nullable Node node;
    // the known child element it is in its parent; null for the root and unknown elements
    Vocabulary.@Nullable Child known;
    // where its start tag ends: on Woodstox the character offset, turned into line and column only
    // when a problem or the outline asks (see line(Frame)); on the JDK its line and column, packed
    // (see pack). One long: a frame is made for every depth of every document.
    long position;
    // a checked leaf's text: its one text event's String (nearly always: the parser coalesces), or
    // a StringBuilder of all of them
    @Nullable Object text;
    int textLength;
    // the typed value its check read from that text, once it has ended
    @Nullable Object value;
    @Nullable Outlined outlined; // only when an outline is recorded

    /** Makes this (reused) frame the one of an element that has just started. */
    Frame set(
        String namespace,
        String localName,
        Vocabulary.@Nullable Node node,
        Vocabulary.@Nullable Child known,
        long position) {
      this.namespace = namespace;
      this.localName = localName;
      this.node = node;
      this.known = known;
      this.position = position;
      this.text = null;
      this.textLength = 0;
      this.value = null;
      this.outlined = null;
      return this;
    }

    /** The check of its typed value, if it is a known leaf that has one. */
    @Nullable ValueAdapter<?> check() {
      return known == null ? null : known.check;
    }

    /** Whether it is a known element that holds only text (no model class of its own). */
    boolean knownLeaf() {
      return known != null && known.node == null;
    }

    boolean holdsText() {
      return knownLeaf() || (node != null && node.holdsText);
    }
  }

  /** What the outline keeps of an open element: its path, how many of each child came by. */
  private static final class Outlined {
    final String path;
    java.util.@Nullable Map<String, Integer> childCounts;

    Outlined(String path) {
      this.path = path;
    }
  }

  /** A line and column in one long, for a frame's position on the JDK. */
  private static long pack(@Nullable Location at) {
    return at == null ? pack(-1, -1) : pack(at.getLineNumber(), at.getColumnNumber());
  }

  private static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFF_FFFFL);
  }

  // until an element has attributes
  private static final int[] NO_INDEXES = {};
  private static final String[] NO_NAMES = {};

  private final XMLInputFactory factory;
  // Woodstox reports where an event starts, the JDK where it ends: positions follow the JDK's
  private final boolean woodstox;
  // the one root a fixed-root format (autoconfig) accepts, in no namespace; null for POX, whose
  // root is chosen by its namespace
  private final Vocabulary.@Nullable Node fixedRoot;
  private final CharSequence xml;
  private final ParseOptions options;
  private final int lineOffset;
  private final List<Problem> problems;
  private final @Nullable Outline outline;
  // the open elements, outermost first: frames[0] to frames[depth - 1]. One frame per depth, reused
  // by every element at that depth: a frame is read only while its element is open, or at its end
  // event, before the next element at its depth starts
  private Frame[] frames = new Frame[6]; // deep enough for nearly every document
  private int depth;
  // where each line of the document starts, made when a position on Woodstox is first needed
  private int @Nullable [] lineStarts;
  private @Nullable Frame lastEndedFrame;
  private final UnknownCapture capture;
  // the model node of the known element that holds elements, when the last start element is unknown
  // and its child
  private Vocabulary.@Nullable Node unknownParent;
  // the last start element is unknown, inside an element that holds text
  private boolean unknownInText;
  private boolean capturing;
  // one pass for a Response in the envelope namespace (see guessEnvelopeResponse)
  private boolean guessEnvelope;
  private boolean guessMade;
  private boolean rootChildSeen;
  private boolean inFirstRootChild;
  private boolean firstRootChildHoldsPayload;
  private int elements;
  private int unknownElements;
  // where the previous event ended, which is where a text event starts (StAX reports its end)
  private int previousLine = 1;
  private int previousColumn = 1;
  // the current text event's text, made once for the check and the binder
  private @Nullable String currentText;

  // the attributes of the current start element that JAXB sees: indexes into the underlying reader
  // and names, made only once an attribute is dropped or renamed; until then (nearly always) they
  // are the underlying reader's as they are
  private boolean attributesAsRead = true;
  private int[] attributeIndexes = NO_INDEXES;
  private String[] attributeNames = NO_NAMES;
  private int attributeCount;

  LenientReader(
      XMLStreamReader reader,
      XMLInputFactory factory,
      CharSequence xml,
      ParseOptions options,
      int lineOffset,
      List<Problem> problems,
      @Nullable Outline outline,
      UnknownCapture capture) {
    this(reader, factory, xml, options, lineOffset, problems, outline, capture, null);
  }

  /**
   * A reader for a format with one fixed root element in no namespace, such as autoconfig's {@code
   * clientConfig}.
   */
  LenientReader(
      XMLStreamReader reader,
      XMLInputFactory factory,
      CharSequence xml,
      ParseOptions options,
      int lineOffset,
      List<Problem> problems,
      @Nullable Outline outline,
      UnknownCapture capture,
      Vocabulary.@Nullable Node fixedRoot) {
    super(reader);
    this.capture = capture;
    this.fixedRoot = fixedRoot;
    this.outline = outline;
    this.factory = factory;
    this.woodstox = Xml.parserOf(factory) == Xml.Parser.WOODSTOX;
    this.xml = xml;
    this.options = options;
    this.lineOffset = lineOffset;
    this.problems = problems;
  }

  /**
   * The root element's name of a fixed-root format: its model class's (autoconfig's clientConfig).
   */
  private static String fixedRootName(Vocabulary.Node root) {
    // interned (see ModelFacts), as every name the reader hands JAXB: it compares names by identity
    String name = ModelFacts.type(root.type).rootName();
    if (name == null) {
      throw new IllegalStateException(root.type + " is not a root element");
    }
    return name;
  }

  /** What the reader reads, for its messages. */
  private String documentName() {
    return fixedRoot == null ? "an Autodiscover document" : "an autoconfig document";
  }

  /**
   * Binds a {@code Response} written in the envelope namespace (or another of ours that is not a
   * payload's) as the envelope's own, an error, without the {@link Sniffer}'s second read; Exchange
   * sends its errors this way. The Sniffer decides from the children of the root's first child: any
   * {@code Culture}, {@code Action}, {@code Account} or {@code User} there makes it a payload's.
   * This reader watches those same children as they come by and, should one of them prove the guess
   * wrong, stops with {@link Misguessed}, for the caller to read the document again without
   * guessing. Where the guess holds, the binding is the one the Sniffer would have chosen.
   */
  void guessEnvelopeResponse() {
    this.guessEnvelope = true;
  }

  /** The guess of {@link #guessEnvelopeResponse()} was wrong: read the document again. */
  static final class Misguessed extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    Misguessed() {
      super("the Response is a payload's: read again");
    }
  }

  @Override
  public int next() throws XMLStreamException {
    while (true) {
      if (!woodstox) {
        Location before = super.getLocation();
        if (before != null) {
          previousLine = before.getLineNumber();
          previousColumn = before.getColumnNumber();
        }
      }
      currentText = null;
      int event = super.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          startElement();
          if (unknownInText && !capturing) {
            // said in a problem already; passed on, it would cost the text element its text
            readUnknown();
            continue;
          }
          if (unknownParent != null && !capturing) {
            if (capture.holds(unknownParent.type)) {
              capture.add(readUnknown());
              continue;
            }
            capture.passedOn();
          }
          return event;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          endElement();
          return event;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (keepText()) {
            return event;
          }
          continue;
        }
        case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
          continue;
        }
        case XMLStreamConstants.DTD -> {
          if (woodstox) {
            // Woodstox reads a DOCTYPE lazily: one the input ends inside is malformed, as the
            // JDK reports it, before it is a forbidden DOCTYPE
            super.getText();
          }
          throw fail(
              AutodiscoverException.Kind.FORBIDDEN,
              "a DOCTYPE is not allowed in " + documentName());
        }
        case XMLStreamConstants.ENTITY_REFERENCE ->
            // Only Woodstox reports an undeclared entity this way (a declared one needs a DOCTYPE,
            // refused above); the JDK throws, so both say the same: the XML is not well-formed
            throw fail(
                AutodiscoverException.Kind.NOT_WELL_FORMED,
                "not well-formed XML: the entity '&"
                    + super.getLocalName()
                    + ";' was referenced, but not declared");
        default -> {
          return event;
        }
      }
    }
  }

  @Override
  public int nextTag() throws XMLStreamException {
    int event = next();
    while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
        || event == XMLStreamConstants.SPACE) {
      event = next();
    }
    return event;
  }

  /**
   * Reads a text-only element through {@link #next()}, as the StAX contract describes it. The
   * delegate's own version would move the underlying reader past the end tag without this reader
   * seeing it, so the element's frame would stay on the stack and every later end tag would report
   * the wrong name.
   */
  @Override
  public String getElementText() throws XMLStreamException {
    if (getEventType() != XMLStreamConstants.START_ELEMENT) {
      throw new XMLStreamException("getElementText() needs a start element", getLocation());
    }
    StringBuilder text = new StringBuilder();
    for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
      if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException(
            "an element that should hold only text holds more", getLocation());
      }
      text.append(getText());
    }
    return text.toString();
  }

  private void startElement() throws XMLStreamException {
    unknownParent = null;
    unknownInText = false;
    Frame parent = top();
    if (++elements > options.maxElements()) {
      throw fail(
          AutodiscoverException.Kind.LIMIT,
          "more than " + options.maxElements() + " elements (ParseOptions.maxElements)");
    }
    if (depth + 1 > options.maxDepth()) {
      throw fail(
          AutodiscoverException.Kind.LIMIT,
          "elements nested deeper than " + options.maxDepth() + " levels (ParseOptions.maxDepth)");
    }
    String rawNamespace = nullToEmpty(super.getNamespaceURI());
    String rawLocal = super.getLocalName();
    if (depth == 1 && !rootChildSeen) {
      rootChildSeen = true;
      inFirstRootChild = true;
    } else if (depth == 2 && inFirstRootChild && payloadChild(rawLocal)) {
      firstRootChildHoldsPayload = true;
      if (guessMade) {
        throw new Misguessed();
      }
    }
    if (!woodstox && rawLocal.indexOf(':') >= 0) {
      // The JDK parser lets <:name> through; the model (and JAXB's DOM for unknown elements) cannot
      // hold it. Woodstox refuses a colon in a local name itself, where it finds it
      // (HostileInputTest.namesWithAnEmptyPrefixAreRejectedWithTheirPosition, on both parsers).
      throw fail(
          AutodiscoverException.Kind.NOT_WELL_FORMED,
          "element name '" + rawLocal + "' is not a valid namespace-qualified name");
    }
    String canonical = fixedRoot == null ? Vocabulary.canonicalNamespace(rawNamespace) : null;
    boolean ours = rawNamespace.isEmpty() || canonical != null;
    // Woodstox: the offset now, line and column if ever needed; the JDK: its location
    long position = woodstox ? Woodstox.endOffset(getParent()) : pack(here());
    Frame frame;
    Vocabulary.Child known = null;
    if (parent == null && fixedRoot != null) {
      String fixedRootName = fixedRootName(fixedRoot);
      if (rawLocal.equalsIgnoreCase("html")) {
        throw fail(
            AutodiscoverException.Kind.HTML,
            "an HTML page, not " + documentName() + ": the root element is <" + rawLocal + ">");
      }
      if (!rawLocal.equalsIgnoreCase(fixedRootName) || !rawNamespace.isEmpty()) {
        throw fail(
            AutodiscoverException.Kind.NOT_AUTODISCOVER,
            "not "
                + documentName()
                + ": the root element is <"
                + rawLocal
                + ">"
                + (rawNamespace.isEmpty() ? "" : " in namespace " + rawNamespace));
      }
      frame = frameAt(depth).set("", fixedRootName, fixedRoot, null, position);
    } else if (parent == null) {
      if (rawLocal.equalsIgnoreCase("html")) {
        throw fail(
            AutodiscoverException.Kind.HTML,
            "an HTML page, not an Autodiscover document: the root element is <" + rawLocal + ">");
      }
      if (!rawLocal.equalsIgnoreCase("Autodiscover") || !ours) {
        throw fail(
            AutodiscoverException.Kind.NOT_AUTODISCOVER,
            "not an Autodiscover document: the root element is <"
                + rawLocal
                + ">"
                + (rawNamespace.isEmpty() ? "" : " in namespace " + rawNamespace));
      }
      String ns = canonical;
      if (ns == null || Vocabulary.root(ns) == null) {
        ns = Sniffer.rootNamespace(factory, xml);
      }
      frame = frameAt(depth).set(ns, "Autodiscover", Vocabulary.root(ns), null, position);
    } else if ((known = knownChild(parent, rawLocal, canonical, ours)) != null) {
      frame = frameAt(depth).set(known.namespace, known.localName, known.node, known, position);
    } else {
      // Unknown: keep its name; without a namespace (or with a variant of ours) it joins its
      // parent's.
      if ((parent.node != null || parent.knownLeaf())
          && ++unknownElements > options.maxUnknownElements()) {
        // each one under a known element is kept whole in the model (or dropped, with a problem):
        // bounded, as every other count is
        throw fail(
            AutodiscoverException.Kind.LIMIT,
            "more than "
                + options.maxUnknownElements()
                + " unknown elements"
                + " (ParseOptions.maxUnknownElements)");
      }
      String ns =
          canonical != null ? canonical : rawNamespace.isEmpty() ? parent.namespace : rawNamespace;
      frame = frameAt(depth).set(ns, rawLocal, null, null, position);
      if (parent.holdsText()) {
        unknownInText = true;
        problem(
            Problem.Kind.DROPPED_ELEMENT,
            "element <" + rawLocal + "> inside text element <" + parent.localName + "> was dropped",
            parent);
      } else if (parent.node != null) {
        unknownParent = parent.node; // read here or passed on: next() decides
      } else if (!capturing) {
        capture.passedOn();
      }
    }
    if (outline != null) {
      record(
          outline,
          parent,
          frame,
          rawLocal,
          rawNamespace,
          parent == null || known != null,
          known != null && known.repeatable);
    }
    depth++; // frame is frames[depth], made so by frameAt
    filterAttributes(frame, rawLocal);
  }

  /**
   * The line of a frame's start tag end; on Woodstox computed from its character offset (an index
   * of the document's lines is made the first time a position is needed).
   */
  private int line(Frame frame) {
    if (!woodstox) {
      return (int) (frame.position >> 32);
    }
    if (frame.position < 0) {
      return -1;
    }
    return lineIndex(frame.position) + 1;
  }

  /** The column of a frame's start tag end, as {@link #line(Frame)}. */
  private int column(Frame frame) {
    if (!woodstox) {
      return (int) frame.position;
    }
    if (frame.position < 0) {
      return -1;
    }
    int offset = (int) Math.min(frame.position, xml.length());
    int line = lineIndex(offset);
    int[] starts = lineStarts; // made by lineIndex
    return starts == null ? -1 : offset - starts[line] + 1;
  }

  /** The index (from 0) of the line a character offset is on. */
  private int lineIndex(long position) {
    if (lineStarts == null) {
      lineStarts = indexLines(xml);
    }
    int offset = (int) Math.min(position, xml.length());
    int index = java.util.Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index : -index - 2;
  }

  /**
   * Where each line of a text starts, as XML parsers count lines: after a line feed, a carriage
   * return and line feed, or a carriage return alone.
   */
  private int[] indexLines(CharSequence text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    starts = java.util.Arrays.copyOf(starts, n); // exact: binary-searched whole
    return starts;
  }

  private Frame frameAt(int depth) {
    if (depth >= frames.length) {
      frames = java.util.Arrays.copyOf(frames, Math.max(depth + 1, frames.length * 2));
    }
    Frame f = frames[depth];
    if (f == null) {
      f = new Frame();
      frames[depth] = f;
    }
    return f;
  }

  /** The known child element a name stands for in its parent, or null for an unknown element. */
  private Vocabulary.@Nullable Child knownChild(
      Frame parent, String rawLocal, @Nullable String canonical, boolean ours) {
    Vocabulary.Node node = parent.node;
    if (node == null || !ours) {
      return null;
    }
    List<Vocabulary.Child> candidates = node.candidates(rawLocal);
    if (candidates.isEmpty()) {
      return null;
    }
    Vocabulary.Child child = Vocabulary.Node.child(candidates, canonical);
    if (child == null
        || (node == Vocabulary.RESPONSE_ROOT
            && (canonical == null || !trustedPayload(canonical)))) {
      // the root's Response, written without the Outlook or MobileSync namespace: look at what it
      // holds, or guess that it is the envelope's, while nothing says otherwise
      if (guessEnvelope && !firstRootChildHoldsPayload) {
        guessMade = true;
        child = node.child(rawLocal, Namespaces.RESPONSE);
      } else {
        child = node.child(rawLocal, Sniffer.responseNamespace(factory, xml));
      }
    }
    return child;
  }

  private void record(
      Outline outline,
      @Nullable Frame parent,
      Frame frame,
      String rawLocal,
      String rawNamespace,
      boolean known,
      boolean repeatable) {
    int index = 1;
    Outlined parentOutlined = parent == null ? null : parent.outlined;
    if (parentOutlined != null) {
      if (parentOutlined.childCounts == null) {
        parentOutlined.childCounts = new java.util.HashMap<>();
      }
      index = parentOutlined.childCounts.merge(frame.localName, 1, Integer::sum);
    }
    boolean duplicate = known && !repeatable && index > 1 && parent != null && parent.node != null;
    // Account may repeat, but nearly every document sends one: the first keeps its plain name so
    // that paths stay Autodiscover/Response/Account/Protocol[1]; a second is Account[2].
    boolean indexed = index > 1 || (repeatable && !"Account".equals(frame.localName));
    String name = indexed ? frame.localName + "[" + index + "]" : frame.localName;
    String path = parentOutlined == null ? name : parentOutlined.path + "/" + name;
    frame.outlined = new Outlined(path);
    outline.add(
        new Outline.Element(
            path,
            line(frame) + lineOffset,
            column(frame),
            rawLocal,
            rawNamespace,
            frame.localName,
            frame.namespace,
            known,
            duplicate));
  }

  /**
   * Reads the unknown element whose start this reader is at, through this reader's own events (so
   * that every limit, namespace rule and problem applies as to any element), up to and including
   * its end, as JAXB's DOM capture read it: attributes but no namespace declarations, text and
   * children in order, white space between child elements left out.
   */
  private UnknownElement readUnknown() throws XMLStreamException {
    boolean outer = !capturing;
    capturing = true;
    try {
      QName name = getName();
      Map<QName, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < attributeCount; i++) {
        attributes.put(getAttributeName(i), getAttributeValue(i));
      }
      List<Object> content = new ArrayList<>();
      StringBuilder text = null;
      boolean hasChildElements = false;
      while (true) {
        int event = next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (text != null) {
            content.add(text.toString());
            text = null;
          }
          content.add(readUnknown());
          hasChildElements = true;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          break;
        } else if (event == XMLStreamConstants.CHARACTERS
            || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          text = text == null ? new StringBuilder() : text;
          text.append(getTextCharacters(), getTextStart(), getTextLength());
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("the document ends inside <" + name.getLocalPart() + ">");
        }
      }
      if (text != null) {
        content.add(text.toString());
      }
      if (hasChildElements) {
        content.removeIf(item -> item instanceof String s && s.isBlank());
      }
      return new UnknownElement(name, attributes, content);
    } finally {
      capturing = !outer;
    }
  }

  private static boolean trustedPayload(String canonicalNamespace) {
    return Namespaces.OUTLOOK_RESPONSE.equals(canonicalNamespace)
        || Namespaces.MOBILE_SYNC_RESPONSE.equals(canonicalNamespace);
  }

  private void filterAttributes(Frame frame, String rawLocal) throws XMLStreamException {
    int n = super.getAttributeCount();
    if (n > options.maxAttributes()) {
      throw fail(
          AutodiscoverException.Kind.LIMIT,
          "element <"
              + rawLocal
              + "> has more than "
              + options.maxAttributes()
              + " attributes"
              + " (ParseOptions.maxAttributes)");
    }
    attributesAsRead = true;
    attributeCount = 0;
    for (int i = 0; i < n; i++) {
      String ns = nullToEmpty(super.getAttributeNamespace(i));
      String local = super.getAttributeLocalName(i);
      if (!woodstox && local.indexOf(':') >= 0) { // as for element names, above
        throw fail(
            AutodiscoverException.Kind.NOT_WELL_FORMED,
            "attribute name '"
                + local
                + "' of <"
                + rawLocal
                + "> is not a valid namespace-qualified name");
      }
      // no value is longer than the document (no entity is expanded): most documents need no look
      if (xml.length() > options.maxAttributeLength()
          && super.getAttributeValue(i).length() > options.maxAttributeLength()) {
        throw fail(
            AutodiscoverException.Kind.LIMIT,
            "attribute "
                + local
                + " of <"
                + rawLocal
                + "> is longer than "
                + options.maxAttributeLength()
                + " characters (ParseOptions.maxAttributeLength)");
      }
      if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(ns)) {
        problem(Problem.Kind.DROPPED_ATTRIBUTE, "attribute xsi:" + local + " was dropped", frame);
        mapAttributes(n);
        continue;
      }
      String name = local;
      if (ns.isEmpty() && frame.node != null && !frame.node.attributeFields.containsKey(local)) {
        // written otherwise than canonically (the canonical spelling is found as it is)
        String known = frame.node.attributes.get(local.toLowerCase(Locale.ROOT));
        if (known != null) {
          name = known;
        }
      }
      if (!name.equals(local)) {
        mapAttributes(n);
      }
      if (!attributesAsRead) {
        attributeIndexes[attributeCount] = i;
        attributeNames[attributeCount] = name;
      }
      attributeCount++;
    }
  }

  /**
   * From the first attribute dropped or renamed on: the attributes JAXB sees become a mapping, the
   * ones before it kept as they are.
   */
  private void mapAttributes(int n) {
    if (!attributesAsRead) {
      return;
    }
    attributesAsRead = false;
    if (attributeIndexes.length < n) {
      attributeIndexes = new int[Math.max(n, 4)];
      attributeNames = new String[Math.max(n, 4)];
    }
    for (int k = 0; k < attributeCount; k++) {
      attributeIndexes[k] = k;
      attributeNames[k] = super.getAttributeLocalName(k);
    }
  }

  /** The underlying reader's index of an attribute JAXB sees. */
  private int attributeIndex(int index) {
    return attributesAsRead ? index : attributeIndexes[index];
  }

  /**
   * Whether a child of the root's first child makes the {@link Sniffer} call a {@code Response} a
   * payload's: its own names, compared as it compares them.
   */
  private static boolean payloadChild(String rawLocal) {
    return rawLocal.equalsIgnoreCase("culture")
        || rawLocal.equalsIgnoreCase("action")
        || rawLocal.equalsIgnoreCase("account")
        || rawLocal.equalsIgnoreCase("user");
  }

  private void endElement() {
    if (depth == 0) {
      return;
    }
    if (depth == 2) {
      inFirstRootChild = false;
    }
    Frame frame = frames[--depth];
    lastEndedFrame = frame;
    ValueAdapter<?> check = frame.check();
    if (check != null) {
      String text = frame.text == null ? "" : frame.text.toString();
      Object value = check.unmarshal(text);
      frame.text = text;
      frame.value = value; // for the binder to take (checkedValue)
      String problem = value == null ? null : check.problemOf(value);
      if (problem != null) {
        problem(Problem.Kind.INVALID_VALUE, problem, frame, line(frame), column(frame));
      }
    }
  }

  /** Whether a text event goes on to JAXB; stray text in element-only content does not. */
  private boolean keepText() throws XMLStreamException {
    Frame frame = top();
    if (frame == null) {
      return false;
    }
    int length = super.getTextLength();
    frame.textLength += length;
    if (frame.textLength > options.maxTextLength()) {
      throw fail(
          AutodiscoverException.Kind.LIMIT,
          "more than "
              + options.maxTextLength()
              + " characters of text in one element"
              + " (ParseOptions.maxTextLength)");
    }
    boolean elementOnly = frame.node != null && !frame.node.holdsText;
    if (elementOnly) {
      if (!isWhiteSpace()) {
        String text = new String(super.getTextCharacters(), super.getTextStart(), length);
        // point at the first visible character: the text starts where the previous event ended
        int line = previousLine;
        int column = previousColumn;
        if (woodstox) {
          Location start = Woodstox.start(getParent());
          line = start.getLineNumber();
          column = start.getColumnNumber();
        }
        for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
          if (text.charAt(i) == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        problem(
            Problem.Kind.STRAY_TEXT,
            "stray text '" + abbreviate(text.strip()) + "' between elements was dropped",
            frame,
            line,
            column);
      }
      return false;
    }
    if (frame.check() != null) {
      String text = getText();
      if (frame.text == null) {
        frame.text = text;
      } else if (frame.text instanceof StringBuilder more) {
        more.append(text);
      } else {
        // a second text event (a comment between, say): gather them from here on
        StringBuilder all = new StringBuilder(64);
        all.append((String) frame.text);
        all.append(text);
        frame.text = all;
      }
    }
    return true;
  }

  private void problem(Problem.Kind kind, String message, Frame frame) {
    Location at = here();
    problem(kind, message, frame, at.getLineNumber(), at.getColumnNumber());
  }

  private void problem(Problem.Kind kind, String message, Frame frame, int line, int column) {
    problems.add(
        new Problem(kind, message, line > 0 ? line + lineOffset : line, column, path(frame)));
  }

  private String path(Frame last) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      path.append(i > 0 ? "/" : "").append(frames[i].localName);
    }
    if (top() != last) {
      path.append(depth > 0 ? "/" : "").append(last.localName);
    }
    return path.toString();
  }

  /** The innermost open element's frame, or null before the root. */
  private @Nullable Frame top() {
    return depth == 0 ? null : frames[depth - 1];
  }

  /**
   * Carries the library's exception through JAXB, which only lets {@link XMLStreamException} pass.
   */
  static final class Rejected extends XMLStreamException {
    private static final long serialVersionUID = 1L;
    final transient AutodiscoverException reason;

    Rejected(AutodiscoverException reason) {
      super(reason.getMessage());
      this.reason = reason;
    }
  }

  /** The library's exception at the current position, ready to throw through JAXB. */
  private Rejected fail(AutodiscoverException.Kind kind, String reason) {
    Location at = here();
    int line = at == null ? -1 : at.getLineNumber();
    return new Rejected(
        new AutodiscoverException(
            kind,
            reason,
            line > 0 ? line + lineOffset : -1,
            line > 0 ? Codec.column(at) : -1,
            null));
  }

  /**
   * Where the current event ends, as the JDK's parser reports every position (a start element after
   * its {@code >}): the position of problems, the outline and errors, whichever the parser.
   */
  private Location here() {
    if (woodstox) {
      try {
        return Woodstox.end(getParent());
      } catch (XMLStreamException unfinished) {
        // the rest of the event is malformed, which the next read reports; its start will do
        return super.getLocation();
      }
    }
    return super.getLocation();
  }

  /** Where the current event ends, whichever the parser (see {@link #here()}). */
  @Override
  public Location getLocation() {
    return here();
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  // ---- the canonical view JAXB reads ----

  /**
   * Tells JAXB that every name and namespace URI it gets is interned, so that it compares them by
   * identity instead of interning each one again. True: the JDK parser interns its symbols, and the
   * canonical names and namespaces are string constants or interned by {@link Vocabulary}.
   */
  @Override
  public Object getProperty(String name) {
    if ("org.codehaus.stax2.internNames".equals(name)
        || "org.codehaus.stax2.internNsUris".equals(name)) {
      return true;
    }
    return super.getProperty(name);
  }

  /**
   * The value an adapter of {@code adapterClass} reads from {@code text}, when it is the text of
   * the leaf element that has just ended and its check read it already; null otherwise (then the
   * caller reads it). Each typed value is so read once, with the check's problem and the binder's
   * value coming from the one reading.
   */
  @Nullable Object checkedValue(Class<?> adapterClass, String text) {
    Frame ended = lastEndedFrame;
    ValueAdapter<?> check = ended == null ? null : ended.check();
    return ended != null
            && check != null
            && check.getClass() == adapterClass
            && text.equals(ended.text)
        ? ended.value
        : null;
  }

  /**
   * The known child element the current start element is, as this reader matched it in its parent
   * (name and namespace canonical); null for the root element and for an unknown element.
   */
  Vocabulary.@Nullable Child startedChild() {
    Frame started = top();
    return started == null ? null : started.known;
  }

  /** The model class of the element the current start element is, as matched; null if unknown. */
  Vocabulary.@Nullable Node startedNode() {
    Frame started = top();
    return started == null ? null : started.node;
  }

  /** The current text event's text, made once however often it is asked for. */
  @Override
  public String getText() {
    String text = currentText;
    if (text == null) {
      text = super.getText();
      currentText = text;
    }
    return text;
  }

  @Override
  public String getNamespaceURI() {
    int event = getEventType();
    if (event == START_ELEMENT || event == END_ELEMENT) {
      return currentName().namespace;
    }
    return super.getNamespaceURI();
  }

  @Override
  public String getLocalName() {
    int event = getEventType();
    if (event == START_ELEMENT || event == END_ELEMENT) {
      return currentName().localName;
    }
    return super.getLocalName();
  }

  @Override
  public QName getName() {
    Frame f = currentName();
    return new QName(f.namespace, f.localName, nullToEmpty(super.getPrefix()));
  }

  /**
   * The frame of the element the current start or end event is about (popped already for an end
   * event).
   */
  private Frame currentName() {
    Frame f = getEventType() == END_ELEMENT ? lastEndedFrame : top();
    if (f == null) {
      // JAXB asks for names only at start and end events, when there is a frame
      throw new IllegalStateException("no element at this event");
    }
    return f;
  }

  @Override
  public String getNamespaceURI(int index) {
    String uri = super.getNamespaceURI(index);
    String canonical = Vocabulary.canonicalNamespace(uri);
    return canonical != null ? canonical : uri;
  }

  @Override
  public int getAttributeCount() {
    return attributeCount;
  }

  @Override
  public String getAttributeLocalName(int index) {
    return attributesAsRead ? super.getAttributeLocalName(index) : attributeNames[index];
  }

  @Override
  public QName getAttributeName(int index) {
    int i = attributeIndex(index);
    return new QName(
        nullToEmpty(super.getAttributeNamespace(i)),
        getAttributeLocalName(index),
        nullToEmpty(super.getAttributePrefix(i)));
  }

  @Override
  public String getAttributeNamespace(int index) {
    return super.getAttributeNamespace(attributeIndex(index));
  }

  @Override
  public String getAttributePrefix(int index) {
    return super.getAttributePrefix(attributeIndex(index));
  }

  @Override
  public String getAttributeType(int index) {
    return super.getAttributeType(attributeIndex(index));
  }

  @Override
  public String getAttributeValue(int index) {
    return super.getAttributeValue(attributeIndex(index));
  }

  @Override
  public boolean isAttributeSpecified(int index) {
    return super.isAttributeSpecified(attributeIndex(index));
  }

  @Override
  public @Nullable String getAttributeValue(@Nullable String namespaceUri, String localName) {
    for (int k = 0; k < attributeCount; k++) {
      if (getAttributeLocalName(k).equals(localName)
          && (namespaceUri == null || namespaceUri.equals(nullToEmpty(getAttributeNamespace(k))))) {
        return getAttributeValue(k);
      }
    }
    return null;
  }
}
