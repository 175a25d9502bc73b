package dev.srdi.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.srdi.api.Srdi;
import dev.srdi.benchmarks.drools.GuilinAwardsDrools;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation is one enterprise, taken in turn from the portfolio, on one thread. {@link Main}
 * runs the cross-check first and prints the table; these methods are what JMH times.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SrdiBenchmarks {

  @State(Scope.Benchmark)
  public static class Fixture {
    @Param("30000")
    public int enterprises;

    Subjects subjects;
    ObjectMapper mapper;

    @Setup(Level.Trial)
    public void setUp() {
      subjects = new Subjects(BenchmarkPortfolio.generate(Srdi.load(), enterprises));
      mapper = new ObjectMapper();
    }
  }

  /** Each thread walks the portfolio on its own. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int next(int size) {
      int i = next;
      next = i + 1 == size ? 0 : i + 1;
      return i;
    }
  }

  @State(Scope.Thread)
  public static class DroolsSession {
    GuilinAwardsDrools drools;

    @Setup(Level.Trial)
    public void setUp(Fixture f) {
      drools = f.subjects.newDrools();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      drools.close();
    }
  }

  @Benchmark public EnterpriseResult engineGuilin(Fixture f, Cursor c) {
    return f.subjects.guilin(c.next(f.subjects.size()));
  }

  @Benchmark public EnterpriseResult engineXiangxiang(Fixture f, Cursor c) {
    return f.subjects.xiangxiang(c.next(f.subjects.size()));
  }

  @Benchmark public EnterpriseResult engineZhanjiang(Fixture f, Cursor c) {
    return f.subjects.zhanjiang(c.next(f.subjects.size()));
  }

  /** The whole policy, and then every explanation, reason and condition read ({@link Rendered}). */
  @Benchmark public void engineGuilinRendered(Fixture f, Cursor c, Blackhole bh) {
    Rendered.readAll(f.subjects.guilin(c.next(f.subjects.size())), bh);
  }

  @Benchmark public void engineXiangxiangRendered(Fixture f, Cursor c, Blackhole bh) {
    Rendered.readAll(f.subjects.xiangxiang(c.next(f.subjects.size())), bh);
  }

  @Benchmark public void engineZhanjiangRendered(Fixture f, Cursor c, Blackhole bh) {
    Rendered.readAll(f.subjects.zhanjiang(c.next(f.subjects.size())), bh);
  }

  @Benchmark public EnterpriseResult facadeGuilin(Fixture f, Cursor c) {
    return f.subjects.guilinThroughFacade(c.next(f.subjects.size()));
  }

  @Benchmark public EnterpriseResult engineGuilinTwoAwards(Fixture f, Cursor c) {
    return f.subjects.guilinTwoAwards(c.next(f.subjects.size()));
  }

  @Benchmark public Money loopGuilinTwoAwards(Fixture f, Cursor c) {
    return f.subjects.guilinLoop().total(f.subjects.enterprise(c.next(f.subjects.size())));
  }

  @Benchmark public Money droolsGuilinTwoAwards(Fixture f, Cursor c, DroolsSession d) {
    return d.drools.total(f.subjects.enterprise(c.next(f.subjects.size())));
  }

  @Benchmark public EnterpriseResult engineXiangxiangLadder(Fixture f, Cursor c) {
    return f.subjects.xiangxiangLadder(c.next(f.subjects.size()));
  }

  @Benchmark public Money loopXiangxiangLadder(Fixture f, Cursor c) {
    return f.subjects.xiangxiangLoop().total(f.subjects.enterprise(c.next(f.subjects.size())));
  }

  /** The reader alone: one JSON Lines record's bytes to a validated enterprise, decoding and every check included. */
  @Benchmark public Object reader(Fixture f, Cursor c) {
    int i = c.next(f.subjects.size());
    String line = new String(f.subjects.portfolio().lineBytes().get(i), StandardCharsets.UTF_8);
    return f.subjects.portfolio().srdi().readEnterprise(line, i + 1);
  }

  /** The parse floor: Jackson's tree of the same bytes, nothing checked. */
  @Benchmark public Object jacksonTree(Fixture f, Cursor c) throws IOException {
    return f.mapper.readTree(f.subjects.portfolio().lineBytes().get(c.next(f.subjects.size())));
  }
}
