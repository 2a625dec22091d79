package org.jiceng.module.shunyi.indicators.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 顺义's indicator system and last year's plan, through the module's services:
 * <ul>
 * <li>16 indicators over the 3 aspects and 5 domains (the seed names 组织工作, 宣传工作, 纪检工作, 群众工作,
 * 群团工作, 中心工作 "and others": the other ten are illustrative);</li>
 * <li>218 tasks of the indicators assigned to the leading group's 27 member units and the townships'
 * Party committees, due by quarter; the units report 209 done (12 of them late), 9 are slipping;</li>
 * <li>the work points of 7 parts and 30 items, and 104 folded projects carrying them out, each
 * scheduled backwards from its deadline into 3 or 4 milestones; the units report them done: 86
 * projects by their deadline, 10 late, 8 with a milestone slipping (in the inbox).</li>
 * </ul>
 * The year is the last complete one, so the figures do not move with the day the demo runs. Resumable:
 * an indicator, task or work item is known by its code or number, a project by its title.
 */
@Component
public class DemoData implements DemoDataContributor {
    /** An indicator: its name, aspect and domain. */
    record Indicator(String name, Aspect aspect, PartyDomain domain) {
    }

    static final List<Indicator> INDICATORS = List.of(new Indicator("组织工作", Aspect.BUILDING, PartyDomain.ORGANIZATIONAL),
            new Indicator("宣传工作", Aspect.BUILDING, PartyDomain.IDEOLOGICAL), new Indicator("纪检工作", Aspect.BUILDING, PartyDomain.INTEGRITY),
            new Indicator("群众工作", Aspect.WORK, PartyDomain.CONDUCT), new Indicator("群团工作", Aspect.WORK, PartyDomain.ORGANIZATIONAL),
            new Indicator("中心工作", Aspect.LEADERSHIP, PartyDomain.INSTITUTIONAL), new Indicator("统战工作", Aspect.WORK, PartyDomain.IDEOLOGICAL),
            new Indicator("政法工作", Aspect.LEADERSHIP, PartyDomain.INSTITUTIONAL),
            new Indicator("机构编制工作", Aspect.LEADERSHIP, PartyDomain.INSTITUTIONAL),
            new Indicator("老干部工作", Aspect.WORK, PartyDomain.CONDUCT), new Indicator("人才工作", Aspect.BUILDING, PartyDomain.ORGANIZATIONAL),
            new Indicator("党校教育", Aspect.BUILDING, PartyDomain.IDEOLOGICAL), new Indicator("机关党建", Aspect.BUILDING, PartyDomain.ORGANIZATIONAL),
            new Indicator("两新组织党建", Aspect.BUILDING, PartyDomain.ORGANIZATIONAL), new Indicator("作风建设", Aspect.BUILDING, PartyDomain.CONDUCT),
            new Indicator("党风廉政建设责任制", Aspect.LEADERSHIP, PartyDomain.INTEGRITY));

    /** The leading group's member units (the seed: from 22 to 27). */
    static final List<String> UNITS = List.of("区委办公室", "区委组织部", "区委宣传部", "区委统战部", "区委政法委", "区纪委区监委", "区委编办", "区委老干部局", "区委党校",
            "区委党史办", "区委机要保密局", "区直机关工委", "区委社会工委", "区总工会", "团区委", "区妇联", "区科协", "区人力社保局", "区民政局", "区财政局", "区教委", "区卫生健康委",
            "区国资委", "区农业农村局", "区工商联", "区信访办", "区残联");

    static final List<String> TASK_KINDS = List.of("制定年度工作计划", "开展专题调研", "组织集中培训", "开展督导检查", "落实主体责任清单", "推进示范点建设", "建立健全工作台账",
            "开展季度形势分析", "完善制度机制", "组织经验交流", "推进信息化建设", "开展考核评价", "整改问题清单", "形成年度总结报告");

    /** A part of the work points and the topics of its items (7 parts, 30 items). */
    record Part(String title, List<String> items) {
    }

    static final List<Part> WORK_POINTS = List.of(
            new Part("加强党的政治建设", List.of("严明党的政治纪律和政治规矩", "落实民主集中制", "严肃党内政治生活", "落实请示报告制度", "加强政治能力训练")),
            new Part("加强思想理论武装", List.of("抓好党委(党组)理论学习中心组学习", "推进\"两学一做\"学习教育常态化制度化", "加强意识形态阵地建设", "深化党性教育")),
            new Part("加强基层组织建设", List.of("整顿软弱涣散基层党组织", "推进党支部标准化规范化建设", "扩大两新组织党的组织覆盖和工作覆盖", "加强村(社区)党组织带头人队伍建设",
                    "严格党员发展和教育管理", "落实基层组织活动场所和经费保障")),
            new Part("加强干部队伍建设", List.of("落实好干部标准", "加强年轻干部培养选拔", "从严管理监督干部", "激励干部担当作为")),
            new Part("加强人才工作", List.of("实施人才引进计划", "加强村(社区)后备人才队伍建设", "完善人才服务保障")),
            new Part("加强作风建设和反腐倡廉", List.of("持之以恒落实中央八项规定精神", "整治群众身边的不正之风", "落实党风廉政建设主体责任", "深化巡察工作")),
            new Part("落实党建工作责任制", List.of("完善党建工作领导小组运行机制", "推行党建工作指标体系和绩效考评", "落实基层党建述职评议考核",
                    "强化党建工作督查督导和责任追究")));

    static final int TASKS = 218;
    static final int PROJECTS = 104;

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final IndicatorSystem system;
    private final Tasks tasks;
    private final WorkPoints workPoints;
    private final Projects projects;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Store store, @Reference IndicatorSystem system, @Reference Tasks tasks, @Reference WorkPoints workPoints,
            @Reference Projects projects, @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.system = system;
        this.tasks = tasks;
        this.workPoints = workPoints;
        this.projects = projects;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Store.DISTRICT).isEmpty()) {
            return;
        }
        int year = store.today().getYear() - 1;
        List<Jurisdiction> townships = jurisdictions.subtreeList(Store.DISTRICT, JurisdictionLevel.TOWNSHIP);
        loadIndicators(run);
        loadTasks(run, year, townships);
        loadWorkPoints(run, year);
        loadProjects(run, year, townships);
        logger.info("Demo data of {} loaded for {}: {} indicators, {} tasks, {} work points, {} folded projects", Store.MODULE_ID, year,
                INDICATORS.size(),
                TASKS, WORK_POINTS.stream().mapToInt(p -> p.items().size()).sum(), PROJECTS);
    }

    private void loadIndicators(DemoDataRun run) {
        Set<String> present = new HashSet<>(system.list(Store.DISTRICT).stream().map(i -> i.code).toList());
        for (int k = 0; k < INDICATORS.size(); k++) {
            run.throwIfCancelled();
            String code = String.format("%02d", k + 1);
            if (!present.contains(code)) {
                IndicatorSystem.NewIndicator in = new IndicatorSystem.NewIndicator();
                in.code = code;
                in.name = INDICATORS.get(k).name();
                in.aspect = INDICATORS.get(k).aspect();
                in.domain = INDICATORS.get(k).domain();
                system.add(Store.DISTRICT, in);
            }
        }
    }

    /** 218 tasks: 14 for each of the first ten indicators, 13 for the other six; every fourth to a township's Party committee. */
    private void loadTasks(DemoDataRun run, int year, List<Jurisdiction> townships) {
        Map<String, TaskView> present = new HashMap<>();
        tasks.ofYear(Store.DISTRICT, year).forEach(t -> present.put(t.code, t));
        int n = 0;
        for (int k = 0; k < INDICATORS.size(); k++) {
            int count = k < 10 ? 14 : 13;
            for (int j = 0; j < count; j++, n++) {
                run.throwIfCancelled();
                String code = String.format("%02d-%02d", k + 1, j + 1);
                TaskView t = present.get(code);
                if (t == null) {
                    Tasks.NewTask in = new Tasks.NewTask();
                    in.indicatorCode = String.format("%02d", k + 1);
                    in.year = year;
                    in.code = code;
                    in.title = INDICATORS.get(k).name() + ": " + TASK_KINDS.get(j % TASK_KINDS.size());
                    boolean township = n % 4 == 3 && !townships.isEmpty();
                    Jurisdiction place = township ? townships.get(n % townships.size()) : null;
                    in.unit = place != null ? place.name() + "党委" : UNITS.get(n % UNITS.size());
                    in.jurisdictionCode = place != null ? place.code() : Store.DISTRICT;
                    in.dueOn = LocalDate.of(year, 3 * (j % 4) + 3, 1).plusMonths(1).minusDays(1);
                    t = tasks.create(Store.DISTRICT, in);
                }
                if (t.doneOn == null && n % 25 != 7) {
                    Completion done = new Completion();
                    // every eighteenth task but December's is reported a week late (still within the year); the rest a few days early
                    done.doneOn = n % 18 == 4 && j % 4 != 3 ? t.dueOn.plusDays(7) : t.dueOn.minusDays(n % 5 * 3);
                    done.note = "已按要求完成并报送材料";
                    done.version = t.version;
                    tasks.complete(Store.DISTRICT, t.id, done);
                }
            }
        }
    }

    private void loadWorkPoints(DemoDataRun run, int year) {
        Set<Integer> present = new HashSet<>(workPoints.list(Store.DISTRICT, year).stream().map(i -> i.itemNumber).toList());
        int number = 0;
        for (int p = 0; p < WORK_POINTS.size(); p++) {
            for (String topic : WORK_POINTS.get(p).items()) {
                run.throwIfCancelled();
                number++;
                if (present.contains(number)) {
                    continue;
                }
                WorkPoints.NewWorkItem in = new WorkPoints.NewWorkItem();
                in.year = year;
                in.partNumber = p + 1;
                in.partTitle = WORK_POINTS.get(p).title();
                in.itemNumber = number;
                in.content = topic;
                workPoints.add(Store.DISTRICT, in);
            }
        }
    }

    /**
     * 104 folded projects, deadlines from April to December, each in 3 or 4 milestones scheduled
     * backwards; every thirteenth leaves its last milestone undone (slipping), every eleventh is
     * finished three days after its deadline, the rest two days before each milestone's day.
     */
    private void loadProjects(DemoDataRun run, int year, List<Jurisdiction> townships) {
        Map<String, ProjectView> present = new HashMap<>();
        projects.ofYear(Store.DISTRICT, year).forEach(p -> present.put(p.title, p));
        List<String> topics = WORK_POINTS.stream().flatMap(p -> p.items().stream()).toList();
        for (int p = 0; p < PROJECTS; p++) {
            run.throwIfCancelled();
            int item = p % topics.size();
            String title = "折子工程第" + (p + 1) + "项: " + topics.get(item);
            ProjectView project = present.get(title);
            if (project == null) {
                Projects.NewProject in = new Projects.NewProject();
                in.year = year;
                in.workItemNumber = item + 1;
                in.indicatorCode = String.format("%02d", p % INDICATORS.size() + 1);
                in.title = title;
                Jurisdiction place = p % 3 == 2 && !townships.isEmpty() ? townships.get(p % townships.size()) : null;
                in.unit = place != null ? place.name() + "党委" : UNITS.get(p % UNITS.size());
                in.jurisdictionCode = place != null ? place.code() : Store.DISTRICT;
                in.startsOn = LocalDate.of(year, 1, 10);
                in.deadline = LocalDate.of(year, 4 + p % 9, 28);
                in.milestones = milestones(p % 2 == 0);
                project = projects.create(Store.DISTRICT, in);
            }
            boolean slipping = p % 13 == 5;
            boolean late = p % 11 == 3;
            for (MilestoneView m : project.milestones) {
                boolean last = m.seq == project.milestones.size();
                if (m.doneOn != null || last && slipping) {
                    continue;
                }
                Completion done = new Completion();
                done.doneOn = last && late ? m.dueOn.plusDays(3) : m.dueOn.minusDays(2);
                done.note = last ? "通过验收" : "节点任务完成";
                done.version = m.version;
                projects.completeMilestone(Store.DISTRICT, m.id, done);
            }
        }
    }

    private static List<Projects.NewMilestone> milestones(boolean withSurvey) {
        List<Projects.NewMilestone> out = new java.util.ArrayList<>();
        if (withSurvey) {
            out.add(milestone("调研摸底", 20));
        }
        out.add(milestone("制定实施方案", 15));
        out.add(milestone("组织推进实施", 40));
        out.add(milestone("总结验收", 15));
        return out;
    }

    private static Projects.NewMilestone milestone(String title, int days) {
        Projects.NewMilestone m = new Projects.NewMilestone();
        m.title = title;
        m.durationDays = days;
        return m;
    }
}
