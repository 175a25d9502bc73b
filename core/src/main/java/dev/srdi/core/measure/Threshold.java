package dev.srdi.core.measure;

import dev.srdi.core.bounds.Bound;
import dev.srdi.core.bounds.BoundKind;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import java.util.Objects;

/**
 * A threshold whose wording is fixed (以上, 超过…) and whose value is a parameter.
 *
 * @param <T> the type of the values compared
 * @param kind the wording, fixed by the text
 * @param parameter the value, which a what-if may change
 */
public record Threshold<T extends Comparable<? super T>>(BoundKind kind, Parameter<T> parameter) {
  /**
   * Rejects a missing value.
   *
   * @param kind the wording
   * @param parameter the value
   */
  public Threshold {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parameter, "parameter");
  }

  /**
   * 以上: the value itself qualifies.
   *
   * @param <T> the type of the values compared
   * @param parameter the value
   * @return the threshold
   */
  public static <T extends Comparable<? super T>> Threshold<T> atLeast(Parameter<T> parameter) {
    return new Threshold<>(BoundKind.AT_LEAST, parameter);
  }

  /**
   * 以下 / 以内: the value itself qualifies.
   *
   * @param <T> the type of the values compared
   * @param parameter the value
   * @return the threshold
   */
  public static <T extends Comparable<? super T>> Threshold<T> atMost(Parameter<T> parameter) {
    return new Threshold<>(BoundKind.AT_MOST, parameter);
  }

  /**
   * 超过: the value itself does not qualify.
   *
   * @param <T> the type of the values compared
   * @param parameter the value
   * @return the threshold
   */
  public static <T extends Comparable<? super T>> Threshold<T> moreThan(Parameter<T> parameter) {
    return new Threshold<>(BoundKind.MORE_THAN, parameter);
  }

  /**
   * 不满: the value itself does not qualify.
   *
   * @param <T> the type of the values compared
   * @param parameter the value
   * @return the threshold
   */
  public static <T extends Comparable<? super T>> Threshold<T> lessThan(Parameter<T> parameter) {
    return new Threshold<>(BoundKind.LESS_THAN, parameter);
  }

  /**
   * The bound with the value in force.
   *
   * @param settings the parameter values in force
   * @return the bound
   */
  public Bound<T> bound(Settings settings) {
    return kind.of(settings.value(parameter));
  }

  /**
   * Whether a figure meets the threshold with the value in force.
   *
   * @param settings the parameter values in force
   * @param candidate the enterprise's figure
   * @return true when it qualifies
   */
  public boolean admits(Settings settings, T candidate) {
    return bound(settings).admits(candidate);
  }
}
