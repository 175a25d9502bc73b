package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A standing on the ladder as the plan names it ("省级以上专精特新中小企业", "优质中小企业"), with the reading
 * this plugin gives it. In Guangdong the province recognises innovative and SRDI SMEs and MIIT the little
 * giants, so a title of the ladder counts from the provincial level up; a city-level recognition (another
 * province's list) is none of the plan's titles.
 */
public record Standing(String nameZh, String nameEn, Predicate<Recognition> counts) {

  private static final Set<Title> SRDI_FAMILY = EnumSet.of(Title.SRDI_SME, Title.LITTLE_GIANT, Title.KEY_LITTLE_GIANT);
  private static final Set<Title> QUALITY_SME_TITLES =
      EnumSet.of(Title.INNOVATIVE_SME, Title.SRDI_SME, Title.LITTLE_GIANT, Title.KEY_LITTLE_GIANT);

  /**
   * 省级以上专精特新中小企业, and 专精特新（中小）企业 where the text gives no level: a provincial-or-above SRDI SME
   * or a little giant, since a little giant is MIIT's national SRDI tier (专精特新"小巨人").
   */
  public static final Standing SRDI_FIRM = new Standing("省级以上专精特新中小企业",
      "provincial-or-above SRDI SME (little giants included)",
      r -> SRDI_FAMILY.contains(r.title()) && r.level().isAtLeast(Level.PROVINCIAL));

  /** 国家级专精特新"小巨人"企业: a (key) little giant recognised by MIIT. */
  public static final Standing NATIONAL_LITTLE_GIANT = new Standing("国家级专精特新“小巨人”企业",
      "national little giant",
      r -> (r.title() == Title.LITTLE_GIANT || r.title() == Title.KEY_LITTLE_GIANT) && r.level() == Level.NATIONAL);

  /** 优质中小企业 as the preamble defines it: 创新型中小企业、专精特新中小企业、专精特新"小巨人"企业. */
  public static final Standing QUALITY_SME = new Standing("优质中小企业",
      "quality SME (provincial-or-above innovative SME, SRDI SME or little giant)",
      r -> QUALITY_SME_TITLES.contains(r.title()) && r.level().isAtLeast(Level.PROVINCIAL));

  /** 省级以上创新型企业, as the target of 一 counts them. */
  public static final Standing INNOVATIVE_SME = new Standing("省级以上创新型中小企业",
      "provincial-or-above innovative SME",
      r -> r.title() == Title.INNOVATIVE_SME && r.level().isAtLeast(Level.PROVINCIAL));

  public boolean test(Recognition recognition) {
    return counts.test(recognition);
  }

  /** The highest recognition giving this standing that is valid on the day, if any. */
  public Optional<Recognition> heldOn(Enterprise enterprise, LocalDate day) {
    // Asked by every benefit of every enterprise: a loop; the first of equals wins, as the stream's max did.
    Recognition best = null;
    for (Recognition r : enterprise.recognitionsInOrder()) {
      if (counts.test(r) && r.isValidOn(day) && (best == null || HIGHEST.compare(r, best) > 0)) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Comparator<Recognition> HIGHEST = Comparator.comparing(Recognition::title)
      .thenComparing(Recognition::level).thenComparing(Recognition::date);

  /** The first recognition giving this standing dated on or before the day (累计: expired ones still count). */
  public Optional<Recognition> firstBy(Enterprise enterprise, LocalDate day) {
    for (Recognition r : enterprise.recognitionsInOrder()) {
      if (counts.test(r) && !r.date().isAfter(day)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  public String describe() {
    return nameEn + " (" + nameZh + ")";
  }
}
