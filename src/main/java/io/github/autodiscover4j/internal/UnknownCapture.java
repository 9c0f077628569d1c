package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.UnknownElement;
import jakarta.xml.bind.Unmarshaller;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Puts the unknown elements {@link LenientReader} reads itself into the model objects JAXB builds:
 * it follows the stack of model objects being read (told by {@link Binder}, or by JAXB as an
 * unmarshal listener when JAXB reads), and when an object ends it inserts that object's unknown
 * elements into its list where they stood among the items JAXB added (one list, the envelope's,
 * holds both). Elements JAXB captured as DOM after all (under an object without a list, say) are
 * converted here too. One per read; not thread-safe.
 */
final class UnknownCapture extends Unmarshaller.Listener {
  /** An unknown element, and how many items JAXB had put into the list before it. */
  private record Pending(UnknownElement element, int position) {}

  /** A model object being read, and the unknown elements read for it so far. */
  private static final class Open {
    final Object target;
    @Nullable List<Pending> pending;

    Open(Object target) {
      this.target = target;
    }
  }

  private final ArrayDeque<Open> open = new ArrayDeque<>();
  private boolean passedOn;

  /**
   * Told by the reader when it passes an unknown element on to JAXB, which then holds it as DOM.
   */
  void passedOn() {
    passedOn = true;
  }

  /**
   * Whether the unknown child of an element of model type {@code type} can be read here: JAXB is
   * inside an object of that type, and the type keeps unknown elements.
   */
  boolean holds(Class<?> type) {
    Open current = open.peek();
    return current != null && current.target.getClass() == type && UnknownElements.hasList(type);
  }

  /** Adds an unknown element to the object JAXB is reading, after what JAXB has added so far. */
  void add(UnknownElement element) {
    Open current = open.peek();
    if (current == null) {
      throw new IllegalStateException("no model object is open");
    }
    List<Object> list = UnknownElements.list(current.target);
    if (current.pending == null) {
      current.pending = new ArrayList<>(2);
    }
    current.pending.add(new Pending(element, list == null ? 0 : list.size()));
  }

  @Override
  public void beforeUnmarshal(Object target, @Nullable Object parent) {
    open.push(new Open(target));
  }

  @Override
  public void afterUnmarshal(Object target, @Nullable Object parent) {
    Open done = open.peek();
    if (done != null && done.target == target) {
      open.pop();
      if (done.pending != null) {
        List<Object> list = UnknownElements.list(target);
        if (list == null) {
          throw new IllegalStateException("no unknown-element list in " + target.getClass());
        }
        for (int i = 0; i < done.pending.size(); i++) {
          // each earlier insertion moved the later positions on by one
          Pending p = done.pending.get(i);
          list.add(Math.min(list.size(), p.position() + i), p.element());
        }
      }
    }
    // JAXB captures DOM only for elements the reader passed on as unknown; until one comes by
    // there is nothing to convert, which spares a look-up per model object of every clean document
    if (passedOn) {
      UnknownElements.convert(target);
    }
  }
}
