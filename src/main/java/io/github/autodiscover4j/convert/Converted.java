package io.github.autodiscover4j.convert;

import java.util.List;
import java.util.Objects;

/**
 * What a conversion produced: the document in the other format and what did not make it across.
 *
 * @param <T> the target document type
 * @param document the converted document
 * @param losses what was dropped or assumed, in source document order; unmodifiable
 */
public record Converted<T>(T document, List<ConversionLoss> losses) {
  /**
   * Creates a result.
   *
   * @param document the converted document
   * @param losses what was dropped or assumed; copied
   */
  public Converted {
    Objects.requireNonNull(document, "document");
    losses = List.copyOf(losses);
  }

  /**
   * Whether everything made it across (assumptions aside).
   *
   * @return {@code true} when no entry is other than {@link ConversionLoss.Kind#ASSUMED}
   */
  public boolean isLossless() {
    return losses.stream().allMatch(l -> l.kind() == ConversionLoss.Kind.ASSUMED);
  }
}
