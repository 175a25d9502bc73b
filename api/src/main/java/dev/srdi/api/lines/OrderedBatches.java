package dev.srdi.api.lines;

import dev.srdi.api.json.Utf8Lines;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lines turned into values on a fixed pool and handed on in input order: the calling thread reads a
 * batch of lines, gives it to the pool, and hands on the oldest batch once it is done, so that at
 * most {@code 2 × threads} batches are in flight whatever the input's length. One thread reads,
 * maps and hands on line after line, with no pool at all. Either way the values handed on, and their
 * order, are the same: each line is mapped on its own, and whatever depends on the lines before it
 * belongs in the consumer, which runs on the calling thread.
 *
 * @param <T> what a line is turned into
 */
final class OrderedBatches<T> {
  /** What each line is turned into, on any thread of the pool; it must not depend on other lines. */
  @FunctionalInterface
  interface Work<T> {
    T apply(int number, Utf8Lines.Line line);
  }

  /** Takes the values in input order, on the calling thread; false stops the run. */
  @FunctionalInterface
  interface Consumer<T> {
    boolean accept(int number, T value) throws IOException;
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int threads;
  private final int batchSize;

  OrderedBatches(int threads, int batchSize) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be positive, not " + threads + ", " + batchSize);
    }
    this.threads = threads;
    this.batchSize = batchSize;
  }

  /**
   * Runs until the input ends or the consumer says stop. An input that fails mid-way is reported
   * after every line read before it has been handed on, so that a cut-off input still yields a
   * whole record for each of its lines.
   *
   * @return true if the input ended, false if the consumer stopped the run
   */
  boolean run(LineSource in, Work<T> work, Consumer<T> out) throws IOException {
    return threads == 1 ? sequential(in, work, out) : parallel(in, work, out);
  }

  private boolean sequential(LineSource in, Work<T> work, Consumer<T> out) throws IOException {
    Utf8Lines.Line line;
    int number = 0;
    while ((line = in.next()) != null) {
      number++;
      if (!out.accept(number, work.apply(number, line))) {
        return false;
      }
    }
    return true;
  }

  private record Batch<T>(int first, Future<List<T>> values) {}

  private boolean parallel(LineSource in, Work<T> work, Consumer<T> out) throws IOException {
    int pool = POOLS.incrementAndGet();
    AtomicInteger named = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "srdi-lines-" + pool + "-" + named.incrementAndGet());
      // Daemons: a run stopped by a signal or a failed write must not keep the process alive.
      t.setDaemon(true);
      return t;
    });
    var inFlight = new ArrayDeque<Batch<T>>();
    int read = 0;
    try {
      while (true) {
        var lines = new ArrayList<Utf8Lines.Line>(batchSize);
        IOException failed = null;
        try {
          Utf8Lines.Line line;
          while (lines.size() < batchSize && (line = in.next()) != null) {
            lines.add(line);
          }
        } catch (IOException e) {
          failed = e;
        }
        boolean last = failed != null || lines.size() < batchSize;
        if (!lines.isEmpty()) {
          int first = read + 1;
          read += lines.size();
          inFlight.add(new Batch<>(first, workers.submit(() -> map(first, lines, work))));
        }
        while (!inFlight.isEmpty() && (last || inFlight.size() >= 2 * threads)) {
          if (!handOn(inFlight.poll(), out)) {
            return false;
          }
        }
        if (failed != null) {
          throw failed;
        }
        if (last) {
          return true;
        }
      }
    } finally {
      inFlight.forEach(b -> b.values().cancel(true));
      workers.shutdownNow();
    }
  }

  private static <T> List<T> map(int first, List<Utf8Lines.Line> lines, Work<T> work) {
    var values = new ArrayList<T>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      values.add(work.apply(first + i, lines.get(i)));
    }
    return values;
  }

  private boolean handOn(Batch<T> batch, Consumer<T> out) throws IOException {
    List<T> values;
    try {
      values = batch.values().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for line " + batch.first() + "'s batch");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    for (int i = 0; i < values.size(); i++) {
      if (!out.accept(batch.first() + i, values.get(i))) {
        return false;
      }
    }
    return true;
  }
}
