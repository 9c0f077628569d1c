package io.github.autodiscover4j;

/**
 * Limits that bound the work a parse may do on untrusted input. The defaults are far above any real
 * Autodiscover document (1 to 10 KB, fewer than 10 levels deep, a few hundred elements) and far
 * below what could exhaust a client. Instances are immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * ParseOptions roomy = ParseOptions.builder().maxInputBytes(4 << 20).build();
 * AutodiscoverDocument doc = Autodiscover.parse(bytes, roomy);
 * }</pre>
 */
public final class ParseOptions {
  /**
   * The deepest nesting {@link Builder#maxDepth(int)} accepts. Models are written by JAXB, which
   * descends one stack frame group per level: far deeper trees would overflow a thread's stack when
   * written again.
   */
  public static final int MAX_DEPTH_LIMIT = 256;

  private static final ParseOptions DEFAULTS = builder().build();

  private final int maxInputBytes;
  private final int maxDepth;
  private final int maxElements;
  private final int maxTextLength;
  private final int maxAttributes;
  private final int maxAttributeLength;
  private final int maxUnknownElements;

  private ParseOptions(Builder builder) {
    this.maxInputBytes = builder.maxInputBytes;
    this.maxDepth = builder.maxDepth;
    this.maxElements = builder.maxElements;
    this.maxTextLength = builder.maxTextLength;
    this.maxAttributes = builder.maxAttributes;
    this.maxAttributeLength = builder.maxAttributeLength;
    this.maxUnknownElements = builder.maxUnknownElements;
  }

  /**
   * Returns the default limits: 1 MiB of input, depth 64, 50,000 elements, 256 Ki characters of
   * text per element, 100 attributes per element, 64 Ki characters per attribute value, 256 unknown
   * elements.
   *
   * @return the defaults
   */
  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest input accepted, in bytes (in characters for a {@code String} or {@code
   * Reader}).
   *
   * @return the limit
   */
  public int maxInputBytes() {
    return maxInputBytes;
  }

  /**
   * Returns the deepest element nesting accepted (the root is depth 1).
   *
   * @return the limit
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the most elements accepted in one document.
   *
   * @return the limit
   */
  public int maxElements() {
    return maxElements;
  }

  /**
   * Returns the most characters of text accepted in one element.
   *
   * @return the limit
   */
  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * Returns the most attributes accepted on one element (namespace declarations do not count).
   *
   * @return the limit
   */
  public int maxAttributes() {
    return maxAttributes;
  }

  /**
   * Returns the most characters accepted in one attribute value.
   *
   * @return the limit
   */
  public int maxAttributeLength() {
    return maxAttributeLength;
  }

  /**
   * Returns the most unknown elements accepted where the model expects known ones (an unknown
   * element's own children do not count: it is kept whole in the model, as an {@code
   * UnknownElement}), a bound far tighter than {@link #maxElements()}: no real document has more
   * than a few.
   *
   * @return the limit
   */
  public int maxUnknownElements() {
    return maxUnknownElements;
  }

  /** Builds {@link ParseOptions}; every limit must be positive. */
  public static final class Builder {
    private int maxInputBytes = 1 << 20;
    private int maxDepth = 64;
    private int maxElements = 50_000;
    private int maxTextLength = 256 << 10;
    // Real attributes (Type, Version, AuthenticationMethod, Time, Id) are short and few.
    private int maxAttributes = 100;
    private int maxAttributeLength = 64 << 10;
    // Real documents carry a handful of vendor or future elements; 50,000 took seconds to read,
    // 1,000 took 19 ms.
    private int maxUnknownElements = 256;

    private Builder() {}

    /**
     * Sets the largest input accepted.
     *
     * @param bytes a positive number of bytes (characters for text input)
     * @return this builder
     */
    public Builder maxInputBytes(int bytes) {
      this.maxInputBytes = positive(bytes, "maxInputBytes");
      return this;
    }

    /**
     * Sets the deepest element nesting accepted.
     *
     * @param depth a depth from 1 to {@link ParseOptions#MAX_DEPTH_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException when {@code depth} is out of that range
     */
    public Builder maxDepth(int depth) {
      positive(depth, "maxDepth");
      if (depth > MAX_DEPTH_LIMIT) {
        throw new IllegalArgumentException(
            "maxDepth must be at most "
                + MAX_DEPTH_LIMIT
                + " (deeper models cannot be written back), was "
                + depth);
      }
      this.maxDepth = depth;
      return this;
    }

    /**
     * Sets the most elements accepted in one document.
     *
     * @param elements a positive count
     * @return this builder
     */
    public Builder maxElements(int elements) {
      this.maxElements = positive(elements, "maxElements");
      return this;
    }

    /**
     * Sets the most characters of text accepted in one element.
     *
     * @param characters a positive count
     * @return this builder
     */
    public Builder maxTextLength(int characters) {
      this.maxTextLength = positive(characters, "maxTextLength");
      return this;
    }

    /**
     * Sets the most attributes accepted on one element.
     *
     * @param attributes a positive count
     * @return this builder
     */
    public Builder maxAttributes(int attributes) {
      this.maxAttributes = positive(attributes, "maxAttributes");
      return this;
    }

    /**
     * Sets the most characters accepted in one attribute value.
     *
     * @param characters a positive count
     * @return this builder
     */
    public Builder maxAttributeLength(int characters) {
      this.maxAttributeLength = positive(characters, "maxAttributeLength");
      return this;
    }

    /**
     * Sets the most unknown elements accepted where the model expects known ones.
     *
     * @param elements a positive count
     * @return this builder
     */
    public Builder maxUnknownElements(int elements) {
      this.maxUnknownElements = positive(elements, "maxUnknownElements");
      return this;
    }

    /**
     * Returns the options.
     *
     * @return immutable options
     */
    public ParseOptions build() {
      return new ParseOptions(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
