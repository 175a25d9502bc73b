package dev.srdi.core.measure;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.bounds.BoundKind;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import java.util.Objects;

/** A threshold whose wording is fixed (以上, 超过…) and whose value is a parameter. */
public record Threshold<T extends Comparable<? super T>>(BoundKind kind, Parameter<T> parameter) {
  public Threshold {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parameter, "parameter");
  }

  public static <T extends Comparable<? super T>> Threshold<T> atLeast(Parameter<T> parameter) {
    return new Threshold<>(BoundKind.AT_LEAST, parameter);
  }

  public static <T extends Comparable<? super T>> Threshold<T> atMost(Parameter<T> parameter) {
    return new Threshold<>(BoundKind.AT_MOST, parameter);
  }

  public static <T extends Comparable<? super T>> Threshold<T> moreThan(Parameter<T> parameter) {
    return new Threshold<>(BoundKind.MORE_THAN, parameter);
  }

  public static <T extends Comparable<? super T>> Threshold<T> lessThan(Parameter<T> parameter) {
    return new Threshold<>(BoundKind.LESS_THAN, parameter);
  }

  public Bound<T> bound(Settings settings) {
    return kind.of(settings.value(parameter));
  }

  public boolean admits(Settings settings, T candidate) {
    return bound(settings).admits(candidate);
  }
}
