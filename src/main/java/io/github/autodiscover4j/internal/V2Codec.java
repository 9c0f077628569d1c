package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.AutodiscoverException;
import io.github.autodiscover4j.AutodiscoverException.Kind;
import io.github.autodiscover4j.ParseOptions;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.parsson.api.JsonConfig;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes Autodiscover v2 bodies with Jakarta JSON Processing (Parsson). Reading walks the
 * parser's events itself, so that every limit of {@link ParseOptions} holds (size, depth, members,
 * string length) and a duplicate key, which two readers could resolve differently, is refused. The
 * bytes are decoded as JSON requires (UTF-8, or UTF-16/32 with a byte order mark); an empty body,
 * an HTML page and an XML document are named before any JSON rule fires.
 */
public final class V2Codec {
  /** The four names v2 defines, in their canonical spelling and writing order. */
  public static final String PROTOCOL = "Protocol";

  /** The URL of the requested service. */
  public static final String URL = "Url";

  /** Where the mailbox lives, sent by Exchange Online beside some answers. */
  public static final String SERVER_LOCATION = "ServerLocation";

  /** The error code of an error body. */
  public static final String ERROR_CODE = "ErrorCode";

  /** The error message of an error body. */
  public static final String ERROR_MESSAGE = "ErrorMessage";

  private static final JsonProvider PROVIDER = JsonProvider.provider();
  private static final JsonGeneratorFactory COMPACT = PROVIDER.createGeneratorFactory(Map.of());
  private static final JsonParserFactory DEFAULT_PARSERS = parsers(ParseOptions.defaults());

  private V2Codec() {}

  /** What a v2 body says, field by field, as read; the front door checks its shape. */
  public static final class Fields {
    /** The known fields by canonical name: strings, or null when absent. */
    public final Map<String, @Nullable String> known = new LinkedHashMap<>();

    /** Every other member, in document order. */
    public final Map<String, JsonValue> other = new LinkedHashMap<>();

    /** Where each known field's value started, for messages: {line, column}. */
    public final Map<String, int[]> positions = new LinkedHashMap<>();

    private Fields() {}
  }

  /**
   * Reads a body.
   *
   * @param bytes the body
   * @param length how many of {@code bytes} to read
   * @param options the limits
   * @return the fields
   * @throws AutodiscoverException when the body is not a JSON object within the limits, or a known
   *     field is not a string
   */
  public static Fields read(byte[] bytes, int length, ParseOptions options)
      throws AutodiscoverException {
    if (length > options.maxInputBytes()) {
      throw new AutodiscoverException(
          Kind.LIMIT,
          "the body is over the limit of " + options.maxInputBytes() + " bytes",
          -1,
          -1,
          null);
    }
    String text = TextInput.decode(bytes, length);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return read(text, options);
  }

  /**
   * Reads a body from characters.
   *
   * @param text the body
   * @param options the limits
   * @return the fields
   * @throws AutodiscoverException when the body is not a JSON object within the limits
   */
  public static Fields read(String text, ParseOptions options) throws AutodiscoverException {
    String expected = "an Autodiscover v2 answer";
    AutodiscoverException named = BodyKind.check(text, 0, expected);
    if (named != null && named.kind() != Kind.JSON && named.kind() != Kind.FORBIDDEN) {
      throw named; // empty or HTML; a DOCTYPE other than HTML's is an XML document, below
    }
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (text.charAt(first) == '<') {
      throw new AutodiscoverException(
          Kind.XML, "an XML document, not " + expected, 1, first + 1, null);
    }
    JsonParserFactory factory =
        options.equals(ParseOptions.defaults()) ? DEFAULT_PARSERS : parsers(options);
    try (JsonParser parser = factory.createParser(new StringReader(text))) {
      Walk walk = new Walk(parser, options);
      if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
        throw walk.problem(Kind.NOT_AUTODISCOVER, "a JSON value that is not an object");
      }
      Fields fields = new Fields();
      Set<String> seen = new HashSet<>();
      while (true) {
        Event event = parser.next();
        if (event == Event.END_OBJECT) {
          break;
        }
        String name = parser.getString();
        walk.count(name);
        String canonical = canonical(name);
        String key = canonical != null ? canonical : name;
        if (!seen.add(canonical != null ? canonical.toLowerCase(Locale.ROOT) : "\u0000" + name)) {
          throw walk.problem(Kind.FORBIDDEN, "the member \"" + key + "\" appears twice");
        }
        JsonLocation at = parser.getLocation();
        Event valueEvent = parser.next();
        if (canonical != null) {
          if (valueEvent != Event.VALUE_STRING) {
            throw walk.problem(
                Kind.NOT_AUTODISCOVER,
                "\"" + name + "\" is " + describe(valueEvent) + ", not a string");
          }
          fields.known.put(canonical, walk.string());
          fields.positions.put(
              canonical, new int[] {(int) at.getLineNumber(), (int) at.getColumnNumber()});
        } else {
          fields.other.put(name, walk.value(valueEvent, 1));
        }
      }
      boolean more;
      try {
        more = parser.hasNext();
      } catch (JsonParsingException e) {
        more = true;
      }
      if (more) {
        throw walk.problem(Kind.NOT_WELL_FORMED, "content after the JSON object");
      }
      return fields;
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw new AutodiscoverException(
          Kind.NOT_WELL_FORMED,
          "not well-formed JSON: " + e.getMessage(),
          at == null ? -1 : (int) at.getLineNumber(),
          at == null ? -1 : (int) at.getColumnNumber(),
          e);
    } catch (RuntimeException e) {
      // JsonException, NoSuchElementException at a truncated end, and Parsson's own plain
      // RuntimeException for nesting past its limit: all say the text is not JSON we can read
      throw new AutodiscoverException(
          Kind.NOT_WELL_FORMED, "not well-formed JSON: " + e.getMessage(), -1, -1, e);
    }
  }

  /**
   * Writes a body compactly, as Exchange does: the known fields in canonical order, then the
   * others.
   *
   * @param known the known fields by canonical name (null values are left out)
   * @param other the other members
   * @return the JSON text
   */
  public static String write(Map<String, @Nullable String> known, Map<String, JsonValue> other) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = COMPACT.createGenerator(out)) {
      g.writeStartObject();
      for (String name : new String[] {PROTOCOL, URL, SERVER_LOCATION, ERROR_CODE, ERROR_MESSAGE}) {
        String value = known.get(name);
        if (value != null) {
          g.write(name, value);
        }
      }
      other.forEach(g::write);
      g.writeEnd();
    }
    return out.toString();
  }

  /**
   * Returns a JSON string value.
   *
   * @param s the text
   * @return the value
   */
  public static JsonString string(String s) {
    return PROVIDER.createValue(s);
  }

  /**
   * Returns the canonical spelling of a known member name, matched case-insensitively, or null.
   *
   * @param name a member name as sent
   * @return {@code Protocol}, {@code Url}, {@code ServerLocation}, {@code ErrorCode}, {@code
   *     ErrorMessage} or null
   */
  public static @Nullable String canonical(String name) {
    for (String known : new String[] {PROTOCOL, URL, SERVER_LOCATION, ERROR_CODE, ERROR_MESSAGE}) {
      if (known.equalsIgnoreCase(name)) {
        return known;
      }
    }
    return null;
  }

  private static JsonParserFactory parsers(ParseOptions options) {
    // Parsson's own depth guard as a second line behind the walk's (duplicates: the walk alone)
    return PROVIDER.createParserFactory(Map.of(JsonConfig.MAX_DEPTH, options.maxDepth() + 2));
  }

  private static String describe(Event event) {
    return switch (event) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NUMBER -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "not a value";
    };
  }

  /** The event walk over one body, with the limits' counters. */
  private static final class Walk {
    private final JsonParser parser;
    private final ParseOptions options;
    private int members;

    Walk(JsonParser parser, ParseOptions options) {
      this.parser = parser;
      this.options = options;
    }

    void count(String name) throws AutodiscoverException {
      if (++members > options.maxElements()) {
        throw problem(
            Kind.LIMIT, "more than " + options.maxElements() + " members and array elements");
      }
      check(name);
    }

    String string() throws AutodiscoverException {
      return check(parser.getString());
    }

    private String check(String s) throws AutodiscoverException {
      if (s.length() > options.maxTextLength()) {
        throw problem(
            Kind.LIMIT, "a string longer than " + options.maxTextLength() + " characters");
      }
      return s;
    }

    JsonValue value(Event event, int depth) throws AutodiscoverException {
      return switch (event) {
        case VALUE_STRING -> PROVIDER.createValue(string());
        case VALUE_NUMBER -> PROVIDER.createValue(parser.getBigDecimal());
        case VALUE_TRUE -> JsonValue.TRUE;
        case VALUE_FALSE -> JsonValue.FALSE;
        case VALUE_NULL -> JsonValue.NULL;
        case START_OBJECT -> object(depth + 1);
        case START_ARRAY -> array(depth + 1);
        default -> throw problem(Kind.NOT_WELL_FORMED, "an unexpected " + event);
      };
    }

    private JsonValue object(int depth) throws AutodiscoverException {
      deep(depth);
      JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
      Set<String> seen = new HashSet<>();
      for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
        String name = parser.getString();
        count(name);
        if (!seen.add(name)) {
          throw problem(Kind.FORBIDDEN, "the member \"" + name + "\" appears twice in an object");
        }
        builder.add(name, value(parser.next(), depth));
      }
      return builder.build();
    }

    private JsonValue array(int depth) throws AutodiscoverException {
      deep(depth);
      JsonArrayBuilder builder = PROVIDER.createArrayBuilder();
      for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
        if (++members > options.maxElements()) {
          throw problem(
              Kind.LIMIT, "more than " + options.maxElements() + " members and array elements");
        }
        builder.add(value(event, depth));
      }
      return builder.build();
    }

    private void deep(int depth) throws AutodiscoverException {
      if (depth > options.maxDepth()) {
        throw problem(Kind.LIMIT, "nested deeper than " + options.maxDepth() + " levels");
      }
    }

    AutodiscoverException problem(Kind kind, String reason) {
      JsonLocation at = parser.getLocation();
      return new AutodiscoverException(
          kind, reason, (int) at.getLineNumber(), (int) at.getColumnNumber(), null);
    }
  }
}
