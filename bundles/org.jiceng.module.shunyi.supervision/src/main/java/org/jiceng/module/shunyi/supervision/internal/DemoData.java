package org.jiceng.module.shunyi.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import org.jiceng.common.PageRequest;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.problem.Problem;
import org.jiceng.problem.ProblemService;
import org.jiceng.problem.ProblemSeverity;
import org.jiceng.problem.ProblemStatus;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A year of 顺义's supervision through the module's services and the engines, for the last complete
 * year so its figures do not move with the day: 12 guidance items on the townships' Party committees
 * (four by district-level teams, half of them key tasks) and 8 inspections of the work points' key
 * tasks at the leading group's member units; each team finds 0 to 3 problems, reported to the
 * problems engine, which the unit rectifies (plan, rectified) and the team re-checks on its revisit —
 * the first finding of every fifth item that has one fails its first re-check and is rectified again
 * (30 findings, 28 verified, 3 reopened once). Two items stop
 * at the revisit with a finding the unit has not rectified: they are still running, their step
 * overdue. The seed describes the procedures, not their numbers: these are chosen.
 * Resumable: an item is known by its title, and every step, finding and rectification is taken from
 * where the engines have it.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int GUIDANCE = 12;
    static final int INSPECTIONS = 8;
    static final String[] GUIDANCE_TOPICS = {"\"三会一课\"制度落实情况", "软弱涣散村党组织整顿", "党支部标准化规范化建设", "发展党员工作", "村级组织活动场所使用管理",
            "党员教育管理", "村(社区)\"两委\"班子运行", "主题党日开展情况", "党建工作责任制落实", "流动党员管理", "基层党组织换届准备", "党费收缴使用管理"};
    static final String[] INSPECTION_TOPICS = {"党建工作要点任务推进", "折子工程节点落实", "两新组织党组织覆盖", "干部教育培训计划执行", "村级后备人才队伍建设",
            "意识形态工作责任制落实", "区委重大部署落实", "低收入村帮扶工作"};
    static final String[] UNITS = {"区委组织部", "区委宣传部", "区委统战部", "区直机关工委", "区委社会工委", "区人力社保局", "区民政局", "区农业农村局"};
    static final String[] LEADERS = {"张志远", "李文华", "王建民", "刘海涛", "陈立新", "杨春生"};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Items items;
    private final Findings findings;
    private final SupervisionProcedures procedures;
    private final ProblemService problems;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Store store, @Reference Items items, @Reference Findings findings, @Reference SupervisionProcedures procedures,
            @Reference ProblemService problems, @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.items = items;
        this.findings = findings;
        this.procedures = procedures;
        this.problems = problems;
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
        List<ItemView> present = items.list(Store.DISTRICT, null, null, null, year, PageRequest.first(PageRequest.MAX_SIZE)).items();
        for (int i = 0; i < GUIDANCE + INSPECTIONS; i++) {
            run.throwIfCancelled();
            boolean guidance = i < GUIDANCE;
            String title = year + "年" + (guidance ? GUIDANCE_TOPICS[i] : INSPECTION_TOPICS[i - GUIDANCE]) + (guidance ? "督导" : "督查");
            ItemView item = present.stream().filter(p -> p.title.equals(title)).findFirst().orElse(null);
            LocalDate openedOn = LocalDate.of(year, 2, 1).plusDays(15L * i);
            if (item == null) {
                Items.NewItem in = new Items.NewItem();
                in.kind = guidance ? Kind.GUIDANCE : Kind.INSPECTION;
                in.title = title;
                Jurisdiction township = guidance && !townships.isEmpty() ? townships.get(i % townships.size()) : null;
                in.unit = township != null ? township.name() + "党委" : UNITS[i % UNITS.length];
                in.jurisdictionCode = township != null ? township.code() : Store.DISTRICT;
                in.team = guidance && i % 3 != 0 ? Team.DIVISION : Team.DISTRICT;
                in.leader = LEADERS[i % LEADERS.length];
                in.keyTask = !guidance || i % 2 == 0;
                in.openedOn = openedOn;
                item = items.open(Store.DISTRICT, in);
            }
            take(item, i, openedOn);
        }
        logger.info("Demo data of {} loaded for {}: {} guidance and {} inspection items", Store.MODULE_ID, year, GUIDANCE, INSPECTIONS);
    }

    /** Steps one item through its procedure as planned, recording and rectifying its findings on the way. */
    private void take(ItemView item, int i, LocalDate openedOn) {
        Kind kind = item.kind;
        int from = kind.indexOf(kind.findingsFrom());
        int recheck = kind.indexOf(kind.recheck());
        boolean stuck = i % 7 == 6;
        int planned = i % 4;
        LocalDate foundOn = openedOn.plusDays(7L * from + 1);
        for (;;) {
            var instance = procedures.get(item.instanceId);
            if (!"RUNNING".equals(instance.status().name())) {
                return;
            }
            int current = instance.currentStep();
            if (current == from) {
                long recorded = findings.list(Store.DISTRICT, item.id, null, null, PageRequest.first(1)).total();
                for (long k = recorded; k < Math.max(planned, stuck ? 1 : 0); k++) {
                    Findings.NewFinding in = new Findings.NewFinding();
                    in.itemId = item.id;
                    in.description = item.unit + ": " + (k == 0 ? "会议记录不完整,部分内容流于形式" : k == 1 ? "问题台账未及时更新" : "整改责任未落实到人");
                    in.severity = k == 2 ? ProblemSeverity.HIGH : ProblemSeverity.MEDIUM;
                    in.foundOn = foundOn;
                    in.deadline = foundOn.plusDays(30);
                    findings.record(Store.DISTRICT, in);
                }
            }
            if (current == recheck) {
                boolean allVerified = true;
                List<FindingView> found = findings.list(Store.DISTRICT, item.id, null, null, PageRequest.first(PageRequest.MAX_SIZE)).items();
                for (int k = 0; k < found.size(); k++) {
                    allVerified &= rectify(found.get(k), foundOn, stuck && k == 0, i % 5 == 4 && k == 0);
                }
                if (!allVerified) {
                    return;
                }
            }
            Items.StepInput step = new Items.StepInput();
            step.record = kind.steps().get(current).record() + "(已归档)";
            step.completedOn = openedOn.plusDays(7L * (current + 1));
            step.version = instance.version();
            item = items.completeStep(Store.DISTRICT, item.id, kind.steps().get(current).key(), step);
        }
    }

    /**
     * Takes a finding's problem as far as planned: plan filed, rectified, re-checked (a failing first
     * re-check, then rectified again, where {@code failsOnce}); left with its plan only where
     * {@code unrectified}. Whether it ends verified.
     */
    private boolean rectify(FindingView f, LocalDate foundOn, boolean unrectified, boolean failsOnce) {
        Problem p = problems.get(f.problemId);
        if (p.status() == ProblemStatus.FOUND) {
            p = problems.filePlan(p.id(), "制定整改方案,明确责任人和时限", f.unit, "admin", foundOn.plusDays(3), p.version());
        }
        if (unrectified) {
            return false;
        }
        if (p.status() == ProblemStatus.PLAN_FILED || p.status() == ProblemStatus.IN_PROGRESS) {
            p = problems.markRectified(p.id(), "已按方案完成整改", "admin", foundOn.plusDays(p.reopenCount() > 0 ? 16 : 10), p.version());
        }
        if (p.status() == ProblemStatus.RECTIFIED) {
            Findings.Recheck check = new Findings.Recheck();
            boolean fail = failsOnce && p.reopenCount() == 0;
            check.passed = !fail;
            check.note = fail ? "回访发现整改不到位,需重新整改" : "回访复核,整改到位";
            check.on = foundOn.plusDays(fail ? 12 : p.reopenCount() > 0 ? 18 : 14);
            check.version = p.version();
            findings.recheck(Store.DISTRICT, f.id, check);
            if (fail) {
                return rectify(findings.get(Store.DISTRICT, f.id), foundOn, false, true);
            }
        }
        return true;
    }
}
