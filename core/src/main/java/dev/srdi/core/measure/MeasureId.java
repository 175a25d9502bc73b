package dev.srdi.core.measure;

import java.util.Objects;
import java.util.regex.Pattern;

/** A measure's stable id, e.g. {@code guilin.first-city-srdi-award}: the jurisdiction first. */
public record MeasureId(String value) implements Comparable<MeasureId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  public MeasureId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a measure id is dotted lower-case words, e.g. guilin.growth-award: " + value);
    }
  }

  public static MeasureId of(String value) {
    return new MeasureId(value);
  }

  @Override
  public int compareTo(MeasureId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
