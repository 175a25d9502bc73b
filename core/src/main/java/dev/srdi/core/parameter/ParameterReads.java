package dev.srdi.core.parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revised parameters (those with more than one value over time) that a measure read, by the day
 * it read them on: so that the explanation of an entitlement earned by an event of that day names
 * every value it took and since when. A parameter with one value is not logged, as its explanation
 * has nothing to add. Used by one thread, one enterprise at a time.
 */
public final class ParameterReads {
  /** Made on the first read of a revised parameter: a city without revisions never pays for it. */
  private Map<LocalDate, Set<Parameter<?>>> byDay;

  void add(LocalDate day, Parameter<?> parameter) {
    if (byDay == null) {
      byDay = new HashMap<>();
    }
    byDay.computeIfAbsent(day, d -> new LinkedHashSet<>()).add(parameter);
  }

  /**
   * What was read since the last call, by day; then forgets it.
   *
   * @return each day's parameters in the order first read
   */
  public Map<LocalDate, List<Parameter<?>>> drain() {
    if (byDay == null || byDay.isEmpty()) {
      return Map.of();
    }
    var out = new HashMap<LocalDate, List<Parameter<?>>>();
    byDay.forEach((day, read) -> out.put(day, List.copyOf(new ArrayList<>(read))));
    byDay.clear();
    return out;
  }
}
