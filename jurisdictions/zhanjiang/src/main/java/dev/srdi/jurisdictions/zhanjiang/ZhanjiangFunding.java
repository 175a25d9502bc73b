package dev.srdi.jurisdictions.zhanjiang;

/** Where the plan's money comes from (四、（二）) and the units its money measures name. */
public final class ZhanjiangFunding {

  /** "每年从市级中小企业发展专项资金中统筹安排资金…鼓励有条件的县（市、区）给予配套资金支持". */
  public static final String CITY_SME_FUND =
      "市级中小企业发展专项资金 (city SME development special fund, arranged every year; counties with the means may add "
          + "matching funds — 四、（二）)";

  /** 三、（二） encourages the counties to award the park operator: the money is theirs. */
  public static final String COUNTY_FUNDS =
      "县（市、区）资金 (county funds: 三、（二） encourages the counties to award, and they set the amount)";

  private ZhanjiangFunding() {}
}
