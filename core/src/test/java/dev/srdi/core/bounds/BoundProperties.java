package dev.srdi.core.bounds;

import static dev.srdi.testkit.PropertyRun.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** The four terms partition the line around a value: what one side admits, its opposite refuses. */
final class BoundProperties {

  @Test
  void each_bound_describes_itself_as_its_symbol_and_its_term() {
    // Every kind writes describe() in one go for speed; it must still read as symbol and term.
    qt().forAll(integers().between(-1_000_000, 1_000_000)).checkAssert(n -> {
      for (Bound<?> b : java.util.List.of(Bound.atLeast(n), Bound.atMost(n), Bound.moreThan(n), Bound.lessThan(n),
          Bound.atLeast(dev.srdi.core.money.Money.yuan(n)), Bound.lessThan(java.math.BigDecimal.valueOf(n, 3)))) {
        assertEquals(b.symbol() + " (" + b.term() + ")", b.describe());
      }
    });
  }

  @Test
  void yi_shang_and_bu_man_are_complements() {
    qt().withExamples(1000).forAll(boundsAndCandidates()).checkAssert(p ->
        assertNotEquals(Bound.atLeast(p._1).admits(p._2), Bound.lessThan(p._1).admits(p._2),
            "以上 and 不满 " + p._1 + " agree on " + p._2));
  }

  @Test
  void yi_xia_and_chao_guo_are_complements() {
    qt().withExamples(1000).forAll(boundsAndCandidates()).checkAssert(p ->
        assertNotEquals(Bound.atMost(p._1).admits(p._2), Bound.moreThan(p._1).admits(p._2),
            "以下 and 超过 " + p._1 + " agree on " + p._2));
  }

  @Test
  void the_bound_itself_is_admitted_exactly_by_the_inclusive_terms() {
    qt().withExamples(1000).forAll(integers().all()).checkAssert(bound -> {
      assertEquals(true, Bound.atLeast(bound).admits(bound) && Bound.atMost(bound).admits(bound));
      assertEquals(false, Bound.moreThan(bound).admits(bound) || Bound.lessThan(bound).admits(bound));
    });
  }

  /** A bound and a candidate: half the time any int, half the time within three of the bound, where errors hide. */
  private static Gen<Pair<Integer, Integer>> boundsAndCandidates() {
    Gen<Integer> bounds = integers().all();
    return bounds.flatMap(bound -> integers().all()
            .mix(integers().between(-3, 3).map(d -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                (long) bound + d))))
            .map(candidate -> Pair.of(bound, candidate)))
        .describedAs(p -> "bound " + p._1 + ", candidate " + p._2);
  }
}
