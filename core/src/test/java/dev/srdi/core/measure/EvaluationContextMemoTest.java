package dev.srdi.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.parameter.Settings;
import dev.srdi.testkit.EnterpriseGens;
import dev.srdi.testkit.PropertyRun;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A context's memo gives every enterprise its own answer: asked in turn about several enterprises, or by several
 * threads at once, it answers what the question's function answers, and works an answer out once per enterprise.
 */
final class EvaluationContextMemoTest {
  private static final Settings NONE = Settings.defaults(List.of(), List.of());
  /** A fresh string each time, so that an answer given again is told from one worked out again. */
  private static final EvaluationContext.Question<String> WHO = EvaluationContext.Question.of("who",
      (e, day) -> new String(e.id().value() + " on " + day + " holds " + e.recognitions().size()));

  private static EvaluationContext context(LocalDate asOf) {
    return new EvaluationContext(asOf, NONE, Portfolio.of(List.of()));
  }

  private static String uncached(Enterprise e, LocalDate asOf) {
    return e.id().value() + " on " + asOf + " holds " + e.recognitions().size();
  }

  @Test
  void enterprisesAskedAboutInTurnThroughOneContextEachGetTheirOwnAnswer() {
    PropertyRun.qt().forAll(EnterpriseGens.upTo(6, EnterpriseGens.enterprises(List.of(), List.of("P"))),
        EnterpriseGens.asOfDates()).checkAssert((enterprises, asOf) -> {
          EvaluationContext shared = context(asOf);
          // Twice round, and each enterprise asked twice in a row: the memo's hits and its misses are both met.
          for (int round = 0; round < 2; round++) {
            for (Enterprise e : enterprises) {
              assertEquals(uncached(e, asOf), shared.answer(WHO, e));
              assertEquals(uncached(e, asOf), shared.answer(WHO, e));
            }
          }
        });
  }

  @Test
  void aQuestionIsAnsweredOncePerEnterpriseAndDay() {
    var calls = new AtomicInteger();
    var counted = EvaluationContext.Question.of("counted", (e, day) -> calls.incrementAndGet());
    Enterprise e = sample(1).get(0);
    EvaluationContext context = context(LocalDate.of(2025, 12, 31));
    for (int i = 0; i < 14; i++) {
      assertEquals(1, context.answer(counted, e));
    }
    assertEquals(1, calls.get());
    // Another day, through a context that shares the memo, is another answer.
    var later = new EvaluationContext(LocalDate.of(2026, 1, 1), NONE, Portfolio.of(List.of()), context.memo());
    assertEquals(2, later.answer(counted, e));
  }

  @Test
  void twoThreadsSharingAContextEachGetTheirOwnEnterprisesAnswers() throws Exception {
    List<Enterprise> enterprises = sample(4);
    LocalDate asOf = LocalDate.of(2025, 12, 31);
    EvaluationContext shared = context(asOf);
    ExecutorService pool = Executors.newFixedThreadPool(enterprises.size());
    try {
      var start = new CountDownLatch(1);
      var wrong = new AtomicInteger();
      var done = new ArrayList<CompletableFuture<Void>>();
      for (Enterprise e : enterprises) {
        done.add(CompletableFuture.runAsync(() -> {
          awaitQuietly(start);
          String expected = uncached(e, asOf);
          for (int i = 0; i < 20_000; i++) {
            if (!expected.equals(shared.answer(WHO, e))) {
              wrong.incrementAndGet();
            }
          }
        }, pool));
      }
      start.countDown();
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      assertEquals(0, wrong.get(), "answers given for another thread's enterprise");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void withSettingsGivesAMemoOfItsOwnAndTheMemoIsNoPartOfTheValue() {
    EvaluationContext context = context(LocalDate.of(2025, 12, 31));
    EvaluationContext again = context.withSettings(NONE);
    assertNotSame(context.memo(), again.memo());
    assertEquals(context, again);
    assertEquals(context.hashCode(), again.hashCode());
    assertEquals("EvaluationContext[asOf=2025-12-31, settings=" + NONE + ", portfolio=" + context.portfolio() + "]",
        again.toString());
    Enterprise e = sample(1).get(0);
    assertSame(context.answer(WHO, e), context.answer(WHO, e));
  }

  /** Enterprises with distinct ids and distinct numbers of recognitions, so that every answer differs. */
  private static List<Enterprise> sample(int n) {
    var out = new ArrayList<Enterprise>();
    for (int i = 0; i < n; i++) {
      var b = Enterprise.builder().id(EnterpriseId.of("E" + i));
      for (int r = 0; r < i; r++) {
        b.addRecognitions(Recognition.of(Title.SRDI_SME, Level.CITY, LocalDate.of(2020 + r, 3, 1)));
      }
      out.add(b.build());
    }
    return out;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
