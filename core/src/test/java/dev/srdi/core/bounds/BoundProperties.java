package dev.srdi.core.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The four terms partition the line around a value: what one side admits, its opposite refuses. */
final class BoundProperties {

  @Property
  void yi_shang_and_bu_man_are_complements(@ForAll int bound, @ForAll int candidate) {
    assertNotEquals(Bound.atLeast(bound).admits(candidate), Bound.lessThan(bound).admits(candidate));
  }

  @Property
  void yi_xia_and_chao_guo_are_complements(@ForAll int bound, @ForAll int candidate) {
    assertNotEquals(Bound.atMost(bound).admits(candidate), Bound.moreThan(bound).admits(candidate));
  }

  @Property
  void the_bound_itself_is_admitted_exactly_by_the_inclusive_terms(@ForAll int bound) {
    assertEquals(true, Bound.atLeast(bound).admits(bound) && Bound.atMost(bound).admits(bound));
    assertEquals(false, Bound.moreThan(bound).admits(bound) || Bound.lessThan(bound).admits(bound));
  }
}
