package dev.srdi.jurisdictions.zhanjiang.benefit;

import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.COUNTIES;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.FINANCIAL_AFFAIRS;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.HOUSING;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.HUMAN_RESOURCES;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.MIIT_BUREAU;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDepartments.NATURAL_RESOURCES;
import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments.cite;

import dev.srdi.core.measure.Measure;
import dev.srdi.core.responsibility.Responsibility;
import dev.srdi.jurisdictions.zhanjiang.Standing;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangParameters;
import java.util.List;

/**
 * The plan's non-monetary benefits for firms on the ladder. Where the text writes 专精特新（中小）企业 without
 * a level, it is read as {@link Standing#SRDI_FIRM}: Guangdong's SRDI SMEs are recognised by the province,
 * so the unqualified name and "省级以上专精特新中小企业" denote the same firms.
 */
public final class ZhanjiangBenefits {
  private static final Responsibility ECOSYSTEM = Responsibility.responsible(MIIT_BUREAU, HUMAN_RESOURCES);
  private static final Responsibility FINANCE = Responsibility.responsible(FINANCIAL_AFFAIRS, MIIT_BUREAU);
  private static final Responsibility TALENT = Responsibility.responsible(MIIT_BUREAU, HUMAN_RESOURCES);
  private static final Responsibility LAND = Responsibility.responsible(COUNTIES, NATURAL_RESOURCES, MIIT_BUREAU, HOUSING);

  private ZhanjiangBenefits() {}

  public static List<Measure> all() {
    return List.of(
        CultivationPoolPriority.measure(),
        StandingBenefit.of("zhanjiang.ecosystem.city-leader-contact", "优先纳入市领导挂点企业",
            "priority as a city leader's contact enterprise",
            cite("二、（六）", "优质企业优先纳入市领导挂点企业"), ECOSYSTEM, Standing.QUALITY_SME,
            "taken first among the enterprises city leaders keep in contact with (市领导挂点企业)"),
        StandingBenefit.of("zhanjiang.ecosystem.liaison-officer", "政企联络员", "a government–enterprise liaison officer",
            cite("二、（六）", "为优质中小企业培育一批政企联络员,搭建企业与政府常态化对接沟通渠道"), ECOSYSTEM,
            Standing.QUALITY_SME, "served by a government–enterprise liaison officer, a standing channel to the government"),
        // "省级专精特新中小企业": little giants count, as Guangdong draws them from its provincial SRDI firms.
        StandingBenefit.of("zhanjiang.ecosystem.professional-titles", "专业技术人员申报职称",
            "professional titles for qualified technical staff",
            cite("二、（六）", "支持省级专精特新中小企业中符合条件的专业技术人员申报职称"), ECOSYSTEM, Standing.SRDI_FIRM,
            "qualified professional and technical staff are supported in applying for professional titles (职称)"),
        StandingBenefit.of("zhanjiang.finance.exclusive-services", "专精特新专属融资服务与股权融资对接",
            "exclusive financing services and equity-financing matchmaking",
            cite("三、（三）", "引导银行机构针对专精特新企业推出专属融资服务"), FINANCE, Standing.SRDI_FIRM,
            "banks' exclusive financing services for SRDI firms and the special equity-financing matchmaking action"),
        StandingBenefit.of("zhanjiang.finance.credit-risk-compensation", "信贷风险补偿促进融资",
            "financing through credit risk compensation projects",
            cite("三、（三）", "通过信贷风险补偿项目等方式促进优质中小企业融资"), FINANCE, Standing.QUALITY_SME,
            "access to loans backed by credit risk compensation projects (信贷风险补偿项目)"),
        StandingBenefit.of("zhanjiang.talent.senior-training", "高层管理人员高级研修班培训",
            "advanced seminars for senior managers",
            cite("三、（四）", "支持专精特新企业高层管理人员参加省内外高级研修班培训"), TALENT, Standing.SRDI_FIRM,
            "senior managers are supported in attending advanced seminars in and outside the province (新粤商 training)"),
        StandingBenefit.of("zhanjiang.land.priority-supply", "用地需求优先纳入供地计划", "priority in the land supply plan",
            cite("三、（六）", "将省级以上专精特新中小企业的用地需求优先纳入供地计划"), LAND, Standing.SRDI_FIRM,
            "its land needs are put first into the land supply plan, with small industrial plots supplied 带方案"),
        StandingBenefit.of("zhanjiang.land.reduced-standards", "投资强度与税收贡献标准调低",
            "lower investment-intensity and tax-contribution standards for land and premises",
            cite("三、（六）", "向国家级专精特新“小巨人”企业出让土地、分割转让产业用房时,所考核的投资强度与税收贡献等标准可调低不超过30%"),
            LAND, Standing.NATIONAL_LITTLE_GIANT,
            s -> "when land is sold or industrial premises are transferred to it, the investment-intensity and "
                + "tax-contribution standards assessed may be lowered by up to "
                + s.value(ZhanjiangParameters.LAND_STANDARDS_REDUCTION).asPercent() + " (可调低不超过)",
            ZhanjiangParameters.LAND_STANDARDS_REDUCTION),
        StandingBenefit.of("zhanjiang.housing.staff-housing", "员工纳入人才公寓、保障性租赁住房保障范围",
            "staff housing: talent apartments and subsidised rental housing",
            cite("三、（六）", "将符合条件的专精特新中小企业员工纳入人才公寓、保障性租赁住房保障范围,给予配租"), LAND,
            Standing.SRDI_FIRM,
            "qualifying staff are eligible for talent apartments and subsidised rental housing (给予配租)"));
  }
}
