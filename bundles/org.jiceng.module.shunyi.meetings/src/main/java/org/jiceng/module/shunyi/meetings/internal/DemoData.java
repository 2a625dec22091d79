package org.jiceng.module.shunyi.meetings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jiceng.common.Pages;
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
 * 顺义's meeting chain for the last complete year, through the module's services and the procedure
 * engine: the plan — 18 leading-group meetings (the seed: 18 this year, fixed people, fixed cycle,
 * every 20 days), a topic meeting a month, a supervision analysis a quarter, 4 standing-committee
 * meetings on Party building and the annual summary — held with minutes; and 6 matters carried along
 * the chain, each going up and down four times before the standing committee decides it. Five reach
 * the annual summary; the last, opened in June, has passed the leading group and is on its third
 * "up". The matters are the district's concerns the seed names (the relocation of 前进 and 太平 in
 * 仁和镇, low-income villages, two-new coverage, reserve cadres …); the dates are chosen. Resumable:
 * meetings are known by kind and number, matters by title, and their steps are taken from where the
 * engine has them.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final int LEADING_GROUP_MEETINGS = 18;
    static final String[] MATTERS = {"整顿软弱涣散村党组织", "仁和镇前进、太平两村回迁工作", "低收入村、低收入户帮扶纳入党建工作", "两新组织党组织覆盖攻坚", "村(社区)后备人才队伍建设",
            "党建工作指标体系绩效考评"};
    static final String[] ROUND_RECORDS = {"镇村调研,梳理问题清单", "印发工作方案,部署到镇村", "各镇街报送推进情况", "督导组分片督导", "督查考核结果汇总", "考核结果运用,约谈滞后单位",
            "总结典型经验", "推广工作模式"};

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Meetings meetings;
    private final Matters matters;
    private final JurisdictionService jurisdictions;

    @Activate
    public DemoData(@Reference Store store, @Reference Meetings meetings, @Reference Matters matters, @Reference JurisdictionService jurisdictions) {
        this.store = store;
        this.meetings = meetings;
        this.matters = matters;
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
        List<LocalDate> leadingGroup = new ArrayList<>();
        for (int i = 0; i < LEADING_GROUP_MEETINGS; i++) {
            leadingGroup.add(LocalDate.of(year, 1, 15).plusDays(20L * i));
        }
        List<LocalDate> topic = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            topic.add(LocalDate.of(year, m, 20));
        }
        plan(run, MeetingKind.LEADING_GROUP, leadingGroup, "研究部署党建重点工作");
        plan(run, MeetingKind.TOPIC, topic, "党建重点难点问题专题研究");
        plan(run, MeetingKind.ANALYSIS,
                List.of(LocalDate.of(year, 3, 25), LocalDate.of(year, 6, 25), LocalDate.of(year, 9, 25), LocalDate.of(year, 12, 10)),
                "季度党建工作督查分析");
        plan(run, MeetingKind.STANDING_COMMITTEE, List.of(LocalDate.of(year, 4, 20), LocalDate.of(year, 7, 20), LocalDate.of(year, 10, 20),
                LocalDate.of(year, 12, 15)), "听取党建工作情况汇报,审议党建事项");
        plan(run, MeetingKind.ANNUAL_SUMMARY, List.of(LocalDate.of(year, 12, 28)), "全区党建工作年度总结");
        List<MeetingView> held = Pages.all("id", Meetings.SORTABLE, page -> meetings.list(Store.DISTRICT, year, null, MeetingState.HELD, page));
        held.sort(Comparator.comparing(m -> m.heldOn));
        String renhe = jurisdictions.subtreeList(Store.DISTRICT, JurisdictionLevel.TOWNSHIP).stream().filter(t -> t.name().equals("仁和镇"))
                .map(Jurisdiction::code).findFirst().orElse(Store.DISTRICT);
        List<MatterView> present = matters.list(Store.DISTRICT, year, org.jiceng.common.PageRequest.first(100)).items();
        for (int m = 0; m < MATTERS.length; m++) {
            run.throwIfCancelled();
            String title = MATTERS[m];
            MatterView matter = present.stream().filter(p -> p.title.equals(title)).findFirst().orElse(null);
            LocalDate openedOn = LocalDate.of(year, 1, 10).plusDays(30L * m);
            if (matter == null) {
                Matters.NewMatter in = new Matters.NewMatter();
                in.title = title;
                in.jurisdictionCode = m == 1 ? renhe : Store.DISTRICT;
                in.openedOn = openedOn;
                matter = matters.open(Store.DISTRICT, in);
            }
            take(matter, m == MATTERS.length - 1, openedOn, held);
        }
        logger.info("Demo data of {} loaded for {}: {} meetings held, {} matters", Store.MODULE_ID, year, held.size(), MATTERS.length);
    }

    private void plan(DemoDataRun run, MeetingKind kind, List<LocalDate> days, String subject) {
        int year = days.get(0).getYear();
        List<MeetingView> planned = Pages.all("id", Meetings.SORTABLE, page -> meetings.list(Store.DISTRICT, year, kind, null, page));
        for (int i = 0; i < days.size(); i++) {
            run.throwIfCancelled();
            int seq = i + 1;
            MeetingView m = planned.stream().filter(p -> p.seq == seq).findFirst().orElse(null);
            if (m == null) {
                Meetings.NewMeeting in = new Meetings.NewMeeting();
                in.kind = kind;
                in.subject = subject;
                in.plannedOn = days.get(i);
                m = meetings.plan(Store.DISTRICT, in);
            }
            if (m.state == MeetingState.PLANNED) {
                Meetings.Minutes in = new Meetings.Minutes();
                in.heldOn = m.plannedOn;
                in.chairedBy = kind == MeetingKind.STANDING_COMMITTEE || kind == MeetingKind.ANNUAL_SUMMARY ? "区委书记" : "区委副书记";
                in.attendees = kind == MeetingKind.LEADING_GROUP ? 27 : kind == MeetingKind.TOPIC ? 12 : 20;
                in.minutes = "会议" + subject + ",明确责任单位和完成时限。";
                in.version = m.version;
                meetings.hold(Store.DISTRICT, m.id, in);
            }
        }
    }

    /** Takes a matter up and down and along the chain as planned: all the way, or (the last) to its third "up" and the leading group. */
    private void take(MatterView matter, boolean halfway, LocalDate openedOn, List<MeetingView> held) {
        int rounds = halfway ? 4 : MeetingRules.ROUNDS.steps().size();
        while (matter.roundSteps < rounds) {
            int k = matter.roundSteps;
            Matters.RoundStep in = new Matters.RoundStep();
            in.record = ROUND_RECORDS[k];
            in.completedOn = openedOn.plusDays(3L + 5L * k);
            in.version = matter.roundsVersion;
            matter = matters.passRound(Store.DISTRICT, matter.id, MeetingRules.ROUNDS.steps().get(k).key(), in);
        }
        LocalDate roundsDone = openedOn.plusDays(3L + 5L * (rounds - 1));
        LocalDate after = openedOn;
        for (MeetingKind kind : MeetingKind.values()) {
            if (halfway && kind == MeetingKind.STANDING_COMMITTEE) {
                return;
            }
            LocalDate from = kind == MeetingKind.STANDING_COMMITTEE && roundsDone.isAfter(after) ? roundsDone : after;
            MeetingView meeting = held.stream().filter(m -> m.kind == kind && !m.heldOn.isBefore(from)).findFirst().orElse(null);
            if (meeting == null) {
                return;
            }
            after = meeting.heldOn;
            if (!kind.stepKey().equals(matter.chainStep)) {
                continue;
            }
            Matters.ChainStep in = new Matters.ChainStep();
            in.meetingId = meeting.id;
            in.conclusion = kind == MeetingKind.STANDING_COMMITTEE ? "审议通过" : kind == MeetingKind.ANNUAL_SUMMARY ? "纳入年度总结" : "研究通过,提交下一环节";
            in.version = matter.chainVersion;
            matter = matters.passChain(Store.DISTRICT, matter.id, kind.stepKey(), in);
        }
    }
}
