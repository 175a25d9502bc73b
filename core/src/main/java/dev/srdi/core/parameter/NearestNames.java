package dev.srdi.core.parameter;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The declared names closest to a mistyped one, so that a problem can say what was probably meant. */
final class NearestNames {
  private static final int MOST = 3;

  private NearestNames() {}

  /** The declared names at the smallest edit distance, if that is small for a name this long. */
  static List<String> to(String wanted, Collection<String> declared) {
    int tolerance = Math.max(2, wanted.length() / 3);
    List<Scored> scored = declared.stream()
        .map(name -> new Scored(name, distance(wanted, name)))
        .filter(s -> s.distance() <= tolerance)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .toList();
    if (scored.isEmpty()) {
      return List.of();
    }
    int best = scored.get(0).distance();
    return scored.stream().filter(s -> s.distance() == best).limit(MOST).map(Scored::name).toList();
  }

  private record Scored(String name, int distance) {}

  /** Levenshtein distance: ids are short, so the quadratic table is cheap. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
