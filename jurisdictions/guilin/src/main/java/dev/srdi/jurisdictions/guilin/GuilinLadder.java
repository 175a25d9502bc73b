package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Guilin's ladder of quality SMEs in its own names (一、（一）), mapped onto the core's titles and
 * levels in this one place. Guangxi is an autonomous region, so 自治区级 is {@link Level#PROVINCIAL}.
 *
 * <p>"各级“专精特新”中小企业" (SRDI SMEs of any level), which almost every clause addresses, are the
 * three SRDI rungs: city-level, region-level and the national little giant, because a little giant is
 * the national tier of the SRDI scheme. A key little giant is a little giant. The innovative SME below
 * the SRDI rungs and the single champion above them are on the ladder but are not SRDI SMEs: a single
 * champion may be a large enterprise. "Little giants" at city or provincial level, which some other
 * provinces name, do not exist in Guilin's ladder and are not read as SRDI SMEs here.
 */
public enum GuilinLadder {
  /** 创新型中小企业: the text gives no level (the national scheme has the region recognise them), so any level. */
  INNOVATIVE_SME("创新型中小企业", "innovative SME", Title.INNOVATIVE_SME, Level.CITY, false),
  CITY_SRDI("市级“专精特新”中小企业", "city-level SRDI SME", Title.SRDI_SME, Level.CITY, true),
  /** 自治区级; an SRDI_SME recognition above region level, which no scheme grants, is read here too. */
  REGION_SRDI("自治区级“专精特新”中小企业", "autonomous-region-level SRDI SME", Title.SRDI_SME, Level.PROVINCIAL, true),
  /** 国家级专精特新“小巨人”企业, including the key little giants (专精特新重点“小巨人”). */
  NATIONAL_LITTLE_GIANT("国家级专精特新“小巨人”企业", "national SRDI little giant", Title.LITTLE_GIANT, Level.NATIONAL,
      true),
  NATIONAL_SINGLE_CHAMPION("国家级制造业单项冠军企业", "national manufacturing single champion", Title.SINGLE_CHAMPION,
      Level.NATIONAL, false);

  private final String nameZh;
  private final String nameEn;
  private final Title title;
  private final Level level;
  private final boolean srdi;

  GuilinLadder(String nameZh, String nameEn, Title title, Level level, boolean srdi) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.title = title;
    this.level = level;
    this.srdi = srdi;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public Title title() {
    return title;
  }

  public Level level() {
    return level;
  }

  /** Whether an enterprise on this rung is an SRDI SME of some level (各级“专精特新”中小企业). */
  public boolean isSrdi() {
    return srdi;
  }

  /** The rung a recognition puts an enterprise on in Guilin's ladder, if any. */
  public static Optional<GuilinLadder> rungOf(Recognition r) {
    return Optional.ofNullable(rungOrNull(r));
  }

  /** The rung, or null: asked for every recognition by every measure, a loop over a shared array, nothing allocated. */
  private static GuilinLadder rungOrNull(Recognition r) {
    for (GuilinLadder rung : RUNGS) {
      if (rung.matches(r)) {
        return rung;
      }
    }
    return null;
  }

  /**
   * Whether the recognition puts its holder on this rung: {@code rungOf(r)} is this rung, since no recognition
   * matches two rungs (their titles or levels differ), asked without an optional.
   */
  public boolean holds(Recognition r) {
    return matches(r);
  }

  private static final GuilinLadder[] RUNGS = values();

  private boolean matches(Recognition r) {
    return switch (this) {
      case INNOVATIVE_SME -> r.title() == Title.INNOVATIVE_SME;
      case CITY_SRDI -> r.title() == Title.SRDI_SME && r.level() == Level.CITY;
      case REGION_SRDI -> r.is(Title.SRDI_SME, Level.PROVINCIAL);
      case NATIONAL_LITTLE_GIANT -> (r.title() == Title.LITTLE_GIANT || r.title() == Title.KEY_LITTLE_GIANT)
          && r.level() == Level.NATIONAL;
      case NATIONAL_SINGLE_CHAMPION -> r.title() == Title.SINGLE_CHAMPION && r.level() == Level.NATIONAL;
    };
  }

  /** Whether the recognition makes its holder an SRDI SME of some level. */
  public static boolean isSrdi(Recognition r) {
    GuilinLadder rung = rungOrNull(r);
    return rung != null && rung.srdi;
  }

  /** The highest SRDI recognition valid on the day (the latest of equals), if the enterprise holds one. */
  public static Optional<Recognition> srdiHeldOn(Enterprise e, LocalDate day) {
    // Asked by every benefit of every enterprise: a loop, the rung of each recognition worked out once.
    Recognition best = null;
    GuilinLadder bestRung = null;
    List<Recognition> inOrder = e.recognitionsInOrder();
    for (int i = 0; i < inOrder.size(); i++) {
      Recognition r = inOrder.get(i);
      GuilinLadder rung = rungOrNull(r);
      if (rung == null || !rung.isSrdi() || !r.isValidOn(day)) {
        continue;
      }
      // The first in the order wins a tie of rung and date, as the stream's max did.
      if (best == null || rung.compareTo(bestRung) > 0 || rung == bestRung && r.date().isAfter(best.date())) {
        best = r;
        bestRung = rung;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether an SRDI recognition of any level is valid on some day of the year. */
  public static boolean holdsSrdiDuring(Enterprise e, int year) {
    // Indexed: the enterprise's list is an unmodifiable view, whose iterator is one more object a year.
    List<Recognition> recognitions = e.recognitions();
    for (int i = 0; i < recognitions.size(); i++) {
      Recognition r = recognitions.get(i);
      if (isSrdi(r) && r.isValidDuring(year)) {
        return true;
      }
    }
    return false;
  }
}
