package dev.srdi.core.bounds;

/**
 * The four legal terms as data, for thresholds whose value is a parameter: the kind is fixed by the
 * text's wording, the value may change in a what-if.
 */
public enum BoundKind {
  /** 以上. */
  AT_LEAST,
  /** 以下 / 以内. */
  AT_MOST,
  /** 超过. */
  MORE_THAN,
  /** 不满. */
  LESS_THAN;

  /**
   * The bound of this kind at a value, e.g. the value a parameter has in force.
   *
   * @param <T> the type of the values compared
   * @param value the number, never null
   * @return the bound
   */
  public <T extends Comparable<? super T>> Bound<T> of(T value) {
    return switch (this) {
      case AT_LEAST -> Bound.atLeast(value);
      case AT_MOST -> Bound.atMost(value);
      case MORE_THAN -> Bound.moreThan(value);
      case LESS_THAN -> Bound.lessThan(value);
    };
  }
}
