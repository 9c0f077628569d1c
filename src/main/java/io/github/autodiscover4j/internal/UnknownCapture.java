package io.github.autodiscover4j.internal;

import io.github.autodiscover4j.value.UnknownElement;
import jakarta.xml.bind.Unmarshaller;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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

  // the innermost model object being read; its parent, which both JAXB and the binder name when
  // it ends, is the one before it, so no stack is kept
  private @Nullable Object open;
  // the unknown elements read for each open object, made when the first one comes by
  private @Nullable IdentityHashMap<Object, List<Pending>> pending;
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
    Object current = open;
    return current != null && current.getClass() == type && UnknownElements.hasList(type);
  }

  /** Adds an unknown element to the object JAXB is reading, after what JAXB has added so far. */
  void add(UnknownElement element) {
    Object current = open;
    if (current == null) {
      throw new IllegalStateException("no model object is open");
    }
    List<Object> list = UnknownElements.list(current);
    if (pending == null) {
      pending = new IdentityHashMap<>();
    }
    pending
        .computeIfAbsent(current, k -> new ArrayList<>(2))
        .add(new Pending(element, list == null ? 0 : list.size()));
  }

  @Override
  public void beforeUnmarshal(Object target, @Nullable Object parent) {
    open = target;
  }

  @Override
  public void afterUnmarshal(Object target, @Nullable Object parent) {
    if (open == target) {
      open = parent;
      List<Pending> done = pending == null ? null : pending.remove(target);
      if (done != null) {
        List<Object> list = UnknownElements.list(target);
        if (list == null) {
          throw new IllegalStateException("no unknown-element list in " + target.getClass());
        }
        for (int i = 0; i < done.size(); i++) {
          // each earlier insertion moved the later positions on by one
          Pending p = done.get(i);
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
