package dev.srdi.jurisdictions.xiangxiang.award;

import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.CITY_SRDI_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_CHAMPION_PRODUCT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_KEY_LITTLE_GIANT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.NATIONAL_LITTLE_GIANT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.PROVINCIAL_CHAMPION_PRODUCT_AWARD;
import static dev.srdi.jurisdictions.xiangxiang.XiangxiangParameters.PROVINCIAL_SRDI_AWARD;

import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Parameter;
import dev.srdi.core.parameter.Settings;
import dev.srdi.core.policy.Citation;
import dev.srdi.jurisdictions.xiangxiang.HunanLadder;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangDocuments;

/**
 * The six rungs 三、2 and 三、3 reward, each with its own award: climbing from one to the next earns the
 * next one's award too, because the plan has no highest-only rule.
 */
public enum Rung {
  CITY_SRDI("city-srdi", Title.SRDI_SME, Level.CITY, "湘潭市级“专精特新”中小企业奖励", "Xiangtan-city-level SRDI SME award",
      CITY_SRDI_AWARD, "三、（一）2", "对新认定为湘潭市级“专精特新”中小企业，在当年的本级产业发展资金中给予5万元的一次性"),
  PROVINCIAL_SRDI("provincial-srdi", Title.SRDI_SME, Level.PROVINCIAL, "省级“专精特新”中小企业奖励",
      "provincial SRDI SME award", PROVINCIAL_SRDI_AWARD, "三、（一）2",
      "对新认定为省级“专精特新”中小企业、省级单项冠军产品企业"),
  PROVINCIAL_CHAMPION_PRODUCT("provincial-single-champion-product", Title.SINGLE_CHAMPION_PRODUCT, Level.PROVINCIAL,
      "省级单项冠军产品企业奖励", "provincial single-champion product enterprise award", PROVINCIAL_CHAMPION_PRODUCT_AWARD,
      "三、（一）2",
      "对新认定为省级“专精特新”中小企业、省级单项冠军产品企业"),
  NATIONAL_LITTLE_GIANT("national-little-giant", Title.LITTLE_GIANT, Level.NATIONAL, "国家级专精特新“小巨人”企业奖励",
      "national little giant award", NATIONAL_LITTLE_GIANT_AWARD, "三、（一）3",
      "对新认定为国家级专精特新“小巨人”企业、国家级专精特新重点“小巨人”企业、国家级制造业单项冠军产品企业"),
  NATIONAL_KEY_LITTLE_GIANT("national-key-little-giant", Title.KEY_LITTLE_GIANT, Level.NATIONAL,
      "国家级专精特新重点“小巨人”企业奖励", "national key little giant award", NATIONAL_KEY_LITTLE_GIANT_AWARD, "三、（一）3",
      "对新认定为国家级专精特新“小巨人”企业、国家级专精特新重点“小巨人”企业、国家级制造业单项冠军产品企业"),
  NATIONAL_CHAMPION_PRODUCT("national-single-champion-product", Title.SINGLE_CHAMPION_PRODUCT, Level.NATIONAL,
      "国家级制造业单项冠军产品企业奖励", "national manufacturing single-champion product enterprise award",
      NATIONAL_CHAMPION_PRODUCT_AWARD, "三、（一）3",
      "对新认定为国家级专精特新“小巨人”企业、国家级专精特新重点“小巨人”企业、国家级制造业单项冠军产品企业");

  private final String slug;
  private final Title title;
  private final Level level;
  private final String nameZh;
  private final String nameEn;
  private final Parameter<Money> amount;
  private final Citation citation;

  Rung(String slug, Title title, Level level, String nameZh, String nameEn, Parameter<Money> amount, String clause,
      String quote) {
    this.slug = slug;
    this.title = title;
    this.level = level;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.amount = amount;
    this.citation = XiangxiangDocuments.srdi(clause, quote);
  }

  /** Whether the recognition is this rung's title at exactly this rung's level (by Hunan's names for SRDI SMEs). */
  boolean matches(Recognition r, Settings settings) {
    return title == Title.SRDI_SME ? HunanLadder.isSrdiSme(r, level, settings) : r.title() == title && r.level() == level;
  }

  Title title() {
    return title;
  }

  public String measureId() {
    return "xiangxiang.award." + slug;
  }

  String nameZh() {
    return nameZh;
  }

  String nameEn() {
    return nameEn;
  }

  Parameter<Money> amount() {
    return amount;
  }

  Citation citation() {
    return citation;
  }
}
