package dev.srdi.jurisdictions.xiangxiang.abovesize;

import dev.srdi.core.measure.Measure;
import java.util.List;

/** Plan one's measures that an enterprise's facts can decide: the two pools, the guidance and the fiscal support. */
public final class AboveSizeMeasures {
  public static final String SMALL_TO_ABOVE_POOL = SmallToAbovePool.ID;
  public static final String REACHED_SCALE = ReachedScaleNotCounted.ID;
  public static final String AT_RISK_POOL = AtRiskPool.ID;
  public static final String NEW_ENTRY_SUPPORT = NewEntrySupport.ID;

  private AboveSizeMeasures() {}

  public static List<Measure> all() {
    return List.of(new SmallToAbovePool(), new ReachedScaleNotCounted(), new AtRiskPool(), new NewEntrySupport());
  }
}
