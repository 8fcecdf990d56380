package id.standarpelayanan.engine;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value that holds on this thread while a piece of work runs, and what held before comes back
 * after it, nested calls included: how an engine plugin learns that the application itself is
 * doing what it would refuse from a person (a guarded write, a hand-over with a letter).
 */
public final class ThreadScope<T> {

  private final ThreadLocal<T> current = new ThreadLocal<>();

  /** Runs {@code work} with {@code value} held on this thread. */
  public <R> R with(T value, Supplier<R> work) {
    T previous = current.get();
    current.set(Objects.requireNonNull(value));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        current.remove();
      } else {
        current.set(previous);
      }
    }
  }

  /** The value held on this thread, or null outside any {@link #with}. */
  public T get() {
    return current.get();
  }
}
