package dev.srdi.core.parameter;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The histories a what-if changed, each kept with the typed key of its parameter: a typed
 * heterogeneous map. A history comes back only for the same key (id and unit), and its values are
 * checked into the key's type with the unit's class ({@link Unit#type()}), so that no unchecked cast
 * stands between an override and the measure that reads it.
 */
final class ChangedValues {
  private static final ChangedValues NONE = new ChangedValues(new TreeMap<>());

  /** One changed history and the key it was changed under, which fixes its type. */
  private record Entry<T>(ParameterKey<T> key, Timeline<T> timeline) {
    <U> Timeline<U> as(ParameterKey<U> wanted) {
      if (!key.equals(wanted)) {
        throw new IllegalStateException("parameter " + wanted.id() + " is read as " + wanted.unit()
            + " but was changed as " + key.unit());
      }
      Class<U> type = wanted.unit().type();
      return Timeline.of(timeline.steps().stream()
          .map(step -> new Timeline.Step<>(step.from(), step.value().map(type::cast)))
          .toList());
    }
  }

  private final Map<ParameterId, Entry<?>> entries;

  private ChangedValues(Map<ParameterId, Entry<?>> entries) {
    this.entries = entries;
  }

  static ChangedValues none() {
    return NONE;
  }

  /** These changes and the parameter's history, replacing any earlier change of it. */
  <T> ChangedValues with(ParameterKey<T> key, Timeline<T> timeline) {
    var next = new TreeMap<>(entries);
    next.put(key.id(), new Entry<>(key, timeline));
    return new ChangedValues(next);
  }

  /**
   * The history the parameter is read with: its changed one, or, for a parameter no what-if changed (every one
   * under the defaults), its own, found without building a key or an optional.
   */
  <T> Timeline<T> timelineOf(Parameter<T> parameter) {
    if (entries.isEmpty()) {
      return parameter.values();
    }
    Entry<?> entry = entries.get(parameter.id());
    return entry == null ? parameter.values() : entry.as(parameter.key());
  }

  /** The changed history of the parameter, if a what-if changed it. */
  <T> Optional<Timeline<T>> get(ParameterKey<T> key) {
    return Optional.ofNullable(entries.get(key.id())).map(entry -> entry.as(key));
  }
}
