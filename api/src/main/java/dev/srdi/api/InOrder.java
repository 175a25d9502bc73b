package dev.srdi.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A function applied to each item of a list on a few threads, the results in the list's order: the
 * answer is the one a loop gives, only sooner. Each application must stand on its own.
 */
final class InOrder {
  private InOrder() {}

  static <T, R> List<R> map(List<T> items, int threads, Function<T, R> f) {
    if (threads <= 1 || items.size() <= 1) {
      return items.stream().map(f).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), task -> {
      Thread t = new Thread(task, "srdi-in-order");
      t.setDaemon(true);
      return t;
    });
    try {
      var futures = new ArrayList<Future<R>>();
      items.forEach(item -> futures.add(pool.submit(() -> f.apply(item))));
      var results = new ArrayList<R>(items.size());
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a result", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
