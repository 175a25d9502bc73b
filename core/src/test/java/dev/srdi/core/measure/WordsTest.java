package dev.srdi.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Words are written once, when first read; a lazily built checklist is built when first read, never empty. */
final class WordsTest {
  private static final MeasureId ID = MeasureId.of("test.measure");

  @Test
  void lazyWordsAreWrittenOnceWhenFirstRead() {
    var calls = new AtomicInteger();
    Words words = Words.lazily(() -> "written " + calls.incrementAndGet());
    assertFalse(words.isWritten());
    assertEquals(0, calls.get());
    assertEquals("written 1", words.text());
    assertEquals("written 1", words.toString());
    assertTrue(words.isWritten());
    assertEquals(1, calls.get());
  }

  @Test
  void wordsFollowedByMoreStayUnwrittenAndJoinInOrder() {
    var calls = new AtomicInteger();
    Words first = Words.lazily(() -> "a" + calls.incrementAndGet());
    Words joined = first.then("; b").then(Words.lazily(() -> "; c"));
    assertEquals(0, calls.get());
    assertEquals("a1; b; c", joined.text());
    assertSame(first, first.then(""));
    assertSame(first, first.then(Words.none()));
    assertEquals("x; y", Words.of("x").then("; y").text());
  }

  @Test
  void wordsAreEqualWhenTheirTextsAre() {
    assertEquals(Words.of("same"), Words.lazily(() -> "sa" + "me"));
    assertEquals(Words.of("same").hashCode(), Words.lazily(() -> "same").hashCode());
    assertFalse(Words.of("one").equals(Words.of("other")));
  }

  @Test
  void aRenderingThatReturnsNullIsRefusedWhenRead() {
    Words words = Words.lazily(() -> null);
    assertThrows(NullPointerException.class, words::text);
  }

  @Test
  void aClaimAndARejectionKeepTheirWordsUnwrittenUntilRead() {
    LocalDate day = LocalDate.of(2025, 12, 31);
    Claim claim = Claim.of(ID, day, Basis.none(), Words.lazily(() -> "held on " + day));
    NotEligible rejection = NotEligible.because(ID, 2025, Words.lazily(() -> "not held on " + day));
    assertFalse(claim.why().isWritten());
    assertFalse(rejection.why().isWritten());
    assertEquals("held on 2025-12-31", claim.explanation());
    assertEquals("not held on 2025-12-31", rejection.reason());
    assertEquals(Claim.of(ID, day, Basis.none(), "held on 2025-12-31"), claim);
  }

  @Test
  void lazyConditionsAreNotEmptyWithoutBeingBuiltAndBuiltOnce() {
    var calls = new AtomicInteger();
    List<Condition> lazy = Condition.lazily(() -> {
      calls.incrementAndGet();
      return List.of(Condition.requirement("fact", "required", Optional.empty(), false));
    });
    NotEligible rejection = NotEligible.because(ID, "no").withConditions(lazy)
        .withConditions(Condition.requirement("more", "also", Optional.of("has"), true));
    assertFalse(rejection.conditions().isEmpty());
    assertEquals(0, calls.get());
    assertEquals(2, rejection.conditions().size());
    assertEquals("unmet: fact (none), requires required", rejection.conditions().get(0).describe());
    assertEquals("met: more has, requires also", rejection.conditions().get(1).describe());
    rejection.conditions().forEach(Condition::describe);
    assertEquals(1, calls.get());
    assertThrows(UnsupportedOperationException.class, () -> lazy.add(lazy.get(0)));
  }

  @Test
  void lazyConditionsThatTurnOutEmptyAreRefusedWhenRead() {
    List<Condition> none = Condition.lazily(List::of);
    assertThrows(IllegalStateException.class, none::size);
  }
}
