package org.jiceng.module.guangzong.workstandard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.checklist.Aspect;
import org.jiceng.checklist.CriteriaSet;
import org.jiceng.checklist.Criterion;
import org.jiceng.checklist.CriterionKind;

/**
 * 《广宗县基层党建工作标准》 as first issued: 10 categories (大类) and 57 tasks (工作任务), the seed's
 * figures. The seed names neither the categories nor the tasks, so both are named plainly here after
 * the usual work of a village or community Party organization; the county changes them through
 * {@code PUT …/standard}, which makes the next version in the engine. Every task is met or not met;
 * a unit is up to the standard (达标) when at least 90 % of the tasks are met (52 of 57), and a
 * category when every one of its tasks is.
 */
final class StandardCatalog {
    /** Share of the tasks a unit meets to be up to the standard. */
    static final BigDecimal PASS_SHARE = new BigDecimal("0.9");
    static final String NAME = "广宗县基层党建工作标准";

    private StandardCatalog() {
    }

    /** The engine's key of a county's standard: each county that uses the module keeps its own. */
    static String key(String county) {
        return Store.MODULE_ID + "-" + county;
    }

    static CriteriaSet definition(String county) {
        List<Category> categories = List.of(
                new Category("organization", "组织设置", "党组织按规定设置，隶属关系清晰", "党组织按期换届，任期届满及时选举", "党小组划分合理，组长选配到位",
                        "流动党员、外出党员纳入组织管理", "党组织信息在系统中及时维护"),
                new Category("leadership", "班子建设", "书记政治素质好、带富能力强", "支部委员分工明确、职责清楚", "村“两委”班子交叉任职比例符合要求",
                        "班子成员年度述职评议", "后备力量按规定储备培养", "班子团结协作，决策程序规范"),
                new Category("members", "党员教育管理", "党员年度集中培训不少于规定学时", "无职党员设岗定责", "党员积分或量化考评落实",
                        "流动党员联系管理到位", "党员按时足额交纳党费", "老党员、困难党员关怀帮扶", "不合格党员按规定稳妥处置"),
                new Category("development", "发展党员", "发展党员计划按年度制定并落实", "入党申请人、积极分子培养考察记录完整", "发展对象政治审查和集中培训落实",
                        "发展党员程序规范、纪实档案齐全", "预备党员按期教育考察、及时转正"),
                new Category("organizational-life", "组织生活", "支部党员大会按期召开", "支委会每月至少召开一次", "党小组会按期召开", "书记每年至少讲一次党课",
                        "主题党日每月固定开展", "组织生活会每年召开", "民主评议党员每年开展", "组织生活记录完整规范"),
                new Category("venue", "阵地建设", "有固定的党员活动场所", "党旗、入党誓词等规范上墙", "党员远程教育设备正常使用", "党务、村务公开栏规范并及时更新",
                        "活动场所资产登记造册、管理规范"),
                new Category("rules", "制度建设", "“四议两公开”工作法落实", "党务公开制度落实", "村级重大事项报告制度落实", "民主决策、民主管理制度健全",
                        "村务监督委员会正常履职", "党支部工作手册按规定填写"),
                new Category("serving", "联系服务群众", "党员联系群众制度落实", "便民服务站正常运转、代办有记录", "群众诉求及时办理回复", "矛盾纠纷排查化解及时",
                        "党员志愿服务经常开展", "困难群众帮扶措施落实"),
                new Category("integrity", "党风廉政建设", "落实全面从严治党责任", "村级“小微权力”清单公开运行", "村干部廉洁履职、无违纪违法",
                        "群众身边腐败和作风问题及时查处"),
                new Category("support", "基础保障", "村级组织运转经费足额落实", "经费使用范围和报批程序规范", "村干部报酬按时发放", "村级集体经济有稳定收入",
                        "党建工作经费专款专用"));
        return definition(county, NAME, categories);
    }

    /** A standard of the given categories, each task met or not met, keyed t01, t02, … in order. */
    static CriteriaSet definition(String county, String name, List<Category> categories) {
        List<Aspect> aspects = new ArrayList<>();
        int n = 0;
        for (Category c : categories) {
            List<Criterion> tasks = new ArrayList<>();
            for (String text : c.tasks()) {
                n++;
                tasks.add(new Criterion(String.format("t%02d", n), text, CriterionKind.MET_NOT_MET, BigDecimal.ONE, null, false, county,
                        Store.MODULE_ID));
            }
            aspects.add(new Aspect(c.key(), c.name(), tasks));
        }
        return new CriteriaSet(null, key(county), name, null, aspects, null, PASS_SHARE, null);
    }

    /** A category and the texts of its tasks. */
    record Category(String key, String name, List<String> tasks) {
        Category(String key, String name, String... tasks) {
            this(key, name, List.of(tasks));
        }
    }
}
