package dev.srdi.benchmarks;

import dev.srdi.api.Srdi;
import dev.srdi.benchmarks.drools.GuilinAwardsDrools;
import dev.srdi.core.engine.Engine;
import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.jurisdictions.guilin.award.FirstCitySrdiAward;
import dev.srdi.jurisdictions.guilin.award.GrowthAward;
import java.util.List;
import java.util.Set;

/**
 * Everything that is timed, built once over one portfolio: the engine per city, the engine on only
 * the rules the floor implements, the floors, and Drools. Each enterprise is evaluated alone, as a
 * JSON Lines record is ({@code Srdi.evaluate} of one enterprise): its context's portfolio is itself.
 */
public final class Subjects {
  private final BenchmarkPortfolio portfolio;
  private final Engine engine;
  private final Jurisdiction zhanjiang;
  private final Jurisdiction xiangxiang;
  private final Jurisdiction guilin;
  private final Jurisdiction guilinTwoAwards;
  private final Jurisdiction xiangxiangLadder;
  private final List<EvaluationContext> guilinContexts;
  private final List<EvaluationContext> xiangxiangContexts;
  private final List<EvaluationContext> zhanjiangContexts;
  private final GuilinAwardsLoop guilinLoop;
  private final XiangxiangLadderLoop xiangxiangLoop;

  public Subjects(BenchmarkPortfolio portfolio) {
    this.portfolio = portfolio;
    Srdi srdi = portfolio.srdi();
    this.engine = new Engine();
    this.zhanjiang = srdi.jurisdiction("zhanjiang").get();
    this.xiangxiang = srdi.jurisdiction("xiangxiang").get();
    this.guilin = srdi.jurisdiction("guilin").get();
    Set<String> two = Set.of(FirstCitySrdiAward.ID.value(), GrowthAward.ID.value());
    this.guilinTwoAwards = new OnlyMeasures(guilin, m -> two.contains(m.id().value()));
    this.xiangxiangLadder = new OnlyMeasures(xiangxiang, XiangxiangLadderLoop::implemented);
    this.guilinContexts = contexts(engine.defaults(guilin));
    this.xiangxiangContexts = contexts(engine.defaults(xiangxiang));
    this.zhanjiangContexts = contexts(engine.defaults(zhanjiang));
    this.guilinLoop = new GuilinAwardsLoop(guilin, engine.defaults(guilin), BenchmarkPortfolio.AS_OF);
    this.xiangxiangLoop = new XiangxiangLadderLoop(xiangxiang, engine.defaults(xiangxiang), BenchmarkPortfolio.AS_OF);
  }

  private List<EvaluationContext> contexts(Settings settings) {
    return portfolio.enterprises().stream()
        .map(e -> new EvaluationContext(BenchmarkPortfolio.AS_OF, settings, Portfolio.of(List.of(e))))
        .toList();
  }

  public BenchmarkPortfolio portfolio() {
    return portfolio;
  }

  public int size() {
    return portfolio.size();
  }

  public Enterprise enterprise(int i) {
    return portfolio.enterprises().get(i);
  }

  public EnterpriseResult guilin(int i) {
    return engine.evaluate(guilin, enterprise(i), guilinContexts.get(i));
  }

  public EnterpriseResult xiangxiang(int i) {
    return engine.evaluate(xiangxiang, enterprise(i), xiangxiangContexts.get(i));
  }

  public EnterpriseResult zhanjiang(int i) {
    return engine.evaluate(zhanjiang, enterprise(i), zhanjiangContexts.get(i));
  }

  public EnterpriseResult guilinTwoAwards(int i) {
    return engine.evaluate(guilinTwoAwards, enterprise(i), guilinContexts.get(i));
  }

  public EnterpriseResult xiangxiangLadder(int i) {
    return engine.evaluate(xiangxiangLadder, enterprise(i), xiangxiangContexts.get(i));
  }

  /** The JSON Lines path of the CLI: the facade, which builds the context for the one enterprise. */
  public EnterpriseResult guilinThroughFacade(int i) {
    return portfolio.srdi().evaluate(guilin.id().value(), enterprise(i), BenchmarkPortfolio.AS_OF).get();
  }

  public GuilinAwardsLoop guilinLoop() {
    return guilinLoop;
  }

  public XiangxiangLadderLoop xiangxiangLoop() {
    return xiangxiangLoop;
  }

  /** A new Drools session over the same rules; one per thread. */
  public GuilinAwardsDrools newDrools() {
    return new GuilinAwardsDrools(guilin, engine.defaults(guilin), BenchmarkPortfolio.AS_OF);
  }
}
