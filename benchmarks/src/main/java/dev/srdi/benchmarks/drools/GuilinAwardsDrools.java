package dev.srdi.benchmarks.drools;

import dev.srdi.benchmarks.CoveredPeriod;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.jurisdictions.guilin.GuilinLadder;
import dev.srdi.jurisdictions.guilin.award.FirstCitySrdiAward;
import dev.srdi.jurisdictions.guilin.award.GrowthAward;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The two Guilin awards in Drools (DRL, guilin-awards.drl), one session reused for every enterprise:
 * insert the enterprise's facts, fire, read the payout, delete the facts. Used by one thread.
 */
public final class GuilinAwardsDrools implements AutoCloseable {
  private static final String DRL = "dev/srdi/benchmarks/drools/guilin-awards.drl";

  private final KieSession session;
  private final Payout payout = new Payout();
  private final List<FactHandle> handles = new ArrayList<>();

  public GuilinAwardsDrools(Jurisdiction guilin, Settings s, LocalDate asOf) {
    KieServices kie = KieServices.Factory.get();
    var files = kie.newKieFileSystem().write("src/main/resources/" + DRL, drl());
    KieBuilder builder = kie.newKieBuilder(files).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("the DRL does not compile: " + builder.getResults().getMessages());
    }
    KieContainer container = kie.newKieContainer(kie.getRepository().getDefaultReleaseId());
    this.session = container.newKieSession();
    session.setGlobal("payout", payout);
    session.insert(new GuilinTerms(s,
        CoveredPeriod.of(guilin, new FirstCitySrdiAward().descriptor(), s, asOf),
        CoveredPeriod.of(guilin, new GrowthAward().descriptor(), s, asOf)));
  }

  public Money total(Enterprise e) {
    for (Recognition r : e.recognitions()) {
      if (r.title() == Title.SRDI_SME && r.level() == Level.CITY) {
        handles.add(session.insert(new CityRecognition(r.date(), r.isNew())));
      }
      if (r.is(Title.SRDI_SME, Level.PROVINCIAL) || r.is(Title.LITTLE_GIANT, Level.NATIONAL)
          || r.is(Title.KEY_LITTLE_GIANT, Level.NATIONAL)) {
        handles.add(session.insert(new EarlierTitle(r.date())));
      }
    }
    for (Financials now : e.financials()) {
      var last = e.financials(now.year() - 1);
      if (now.outputValue().isPresent() && now.taxPaid().isPresent() && last.isPresent()
          && last.get().outputValue().isPresent() && last.get().taxPaid().isPresent()) {
        handles.add(session.insert(new GrowthYear(LocalDate.of(now.year(), 12, 31),
            GuilinLadder.holdsSrdiDuring(e, now.year()), now.outputValue().get().toYuan(), now.taxPaid().get().toYuan(),
            last.get().outputValue().get().toYuan(), last.get().taxPaid().get().toYuan())));
      }
    }
    session.fireAllRules();
    for (FactHandle h : handles) {
      session.delete(h);
    }
    handles.clear();
    for (FactHandle h : session.getFactHandles(o -> o instanceof FirstAwardPaid)) {
      session.delete(h);
    }
    return payout.takeTotal();
  }

  @Override public void close() {
    session.dispose();
  }

  private static String drl() {
    try (InputStream in = GuilinAwardsDrools.class.getClassLoader().getResourceAsStream(DRL)) {
      if (in == null) {
        throw new IllegalStateException(DRL + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
