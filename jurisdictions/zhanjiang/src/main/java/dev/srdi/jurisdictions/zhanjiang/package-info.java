/**
 * 湛江市培育优质中小企业行动方案（2022—2025年） (湛工信函〔2023〕20号, seed {@code 000_753bb4b18f4652ce}),
 * every clause of it: the targets of 一, the seven key tasks of 二, the six support measures of 三 and the
 * safeguards of 四.
 *
 * <h2>Facts a scenario gives this plugin</h2>
 * <ul>
 *   <li>{@code recognitions}: the tier awards of 三、（一）, and every standing the benefits and targets ask for.
 *   <li>{@code park}, {@code relocatedFromOutside} and the portfolio's {@code parks} with their {@code level}
 *       (三、（二）: the operator's award needs a provincial-or-above park; the plaque counts the firms of a park
 *       whatever its level).
 *   <li>{@code financials[].revenue}: the revenue-doubling target of 二、（七）.
 *   <li>Achievement {@code DIGITAL_CHAIN_LEADER} with {@code partners} (三、（五）): the number of up- and
 *       downstream firms a digital transformation brought along; its date is the transformation's.
 *   <li>Achievement {@code HIGH_TECH_ENTERPRISE}, an extension of the contract's list of types, with no attribute
 *       beyond its {@code date} (the certificate's date): 二、（一） builds the city's cultivation pool on high-tech
 *       enterprises, recommended first for the SRDI titles. The plan does not say how long a certificate lasts, so
 *       the scenario is trusted to list current certificates only.
 * </ul>
 *
 * <h2>Readings decided (DOMAIN.md interpretations 1 and 2, and the plugin's own)</h2>
 * <ul>
 *   <li>Tier awards (三、（一）): recognitions, new or renewed (含复核), dated from 2022-01-01 while the plan is in
 *       force (2023-02-17 to 2026-02-16); amounts are caps ({@code UP_TO}); highest only per enterprise or named
 *       project, interpretation {@code zhanjiang.highest-only} (top-up by default, or first-final); a renewal of a
 *       title already paid earns nothing more. An evaluation dated before 2023-02-17 pays nothing yet.
 *   <li>{@code zhanjiang.tier-award.level}: each award needs its title at exactly the level named (default),
 *       because the plan writes 省级以上 wherever it means a level or above.
 *   <li>专精特新（中小）企业 without a level, and 省级专精特新, are read as provincial-or-above SRDI SMEs, little
 *       giants included ({@link dev.srdi.jurisdictions.zhanjiang.Standing#SRDI_FIRM}).
 *   <li>一 names no responsible unit: its targets take the units of 二、（一）, the task that cultivates these tiers.
 *   <li>The digital award (三、（五）) may recur, once per qualifying transformation: the text sets no frequency.
 * </ul>
 */
package dev.srdi.jurisdictions.zhanjiang;
