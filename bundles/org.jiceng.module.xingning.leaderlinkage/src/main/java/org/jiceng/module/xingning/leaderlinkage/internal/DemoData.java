package org.jiceng.module.xingning.leaderlinkage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiceng.cadre.CadreRank;
import org.jiceng.cadre.CadreService;
import org.jiceng.cadre.Position;
import org.jiceng.cadre.PostLevel;
import org.jiceng.common.PageRequest;
import org.jiceng.common.Pages;
import org.jiceng.module.DemoDataContributor;
import org.jiceng.module.DemoDataRun;
import org.jiceng.registry.Jurisdiction;
import org.jiceng.registry.JurisdictionLevel;
import org.jiceng.registry.JurisdictionService;
import org.jiceng.registry.Member;
import org.jiceng.registry.MemberQuery;
import org.jiceng.registry.MemberService;
import org.jiceng.registry.OrganizationQuery;
import org.jiceng.registry.OrganizationService;
import org.jiceng.registry.OrganizationType;
import org.jiceng.registry.PartyOrganization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 兴宁's linkage for the last complete year, through the module's services: the seed's rule — 每位市领导挂钩联系1个镇街、
 * 1个省定贫困村、1个软弱涣散村 — for as many city leaders as the registry has weak and lax villages (the demo registry marks
 * 9 of 兴宁's villages so, at most 9 leaders: the members of the city committee 中共兴宁市委员会, given the city posts
 * below through the core's CadreService where they hold none). Each leader gets a town of their own, a poor village of
 * the city's list (as many villages listed as leaders, so the list is covered) and a weak village; each link a
 * responsibility list of four items due at the quarters' ends, and a check each quarter that finds that quarter's item
 * done — except that the last two weak villages' year-end rectification was not found done (2 items overdue). The seed
 * gives the rule, not the number of leaders nor the checks' results: these are chosen. Resumable: leaders are known by
 * member, links by leader and kind, items by title, checks by quarter.
 */
@Component
public class DemoData implements DemoDataContributor {
    static final String[][] POSTS = {{"市委书记", "中共兴宁市委员会"}, {"市委副书记、市长", "兴宁市人民政府"}, {"市人大常委会主任", "兴宁市人大常委会"},
            {"市政协主席", "政协兴宁市委员会"}, {"市委副书记", "中共兴宁市委员会"}, {"市委常委、常务副市长", "兴宁市人民政府"}, {"市委常委、组织部部长", "中共兴宁市委组织部"},
            {"市委常委、纪委书记", "中共兴宁市纪律检查委员会"}, {"市委常委、宣传部部长", "中共兴宁市委宣传部"}};
    static final String[] TOWN_ITEMS = {"指导镇街制定年度党建工作计划", "督促落实\"三会一课\"和主题党日制度", "指导村级后备干部\"123工程\"", "指导镇街书记抓基层党建述职评议"};
    static final String[] VILLAGE_ITEMS = {"理清村级发展思路和帮扶项目", "选好配强村党组织班子", "规范村级组织运作和党群联席会议", "年度整顿提升任务验收"};
    /** The weak villages, counted from the last, whose year-end item a check did not find done. */
    static final int UNFINISHED = 2;

    private final Logger logger = LoggerFactory.getLogger(DemoData.class);
    private final Store store;
    private final Leaders leaders;
    private final Links links;
    private final PoorVillages poorVillages;
    private final Places places;
    private final JurisdictionService jurisdictions;
    private final OrganizationService organizations;
    private final MemberService members;
    private final CadreService cadres;

    @Activate
    public DemoData(@Reference Store store, @Reference Leaders leaders, @Reference Links links, @Reference PoorVillages poorVillages,
            @Reference Places places, @Reference JurisdictionService jurisdictions, @Reference OrganizationService organizations,
            @Reference MemberService members, @Reference CadreService cadres) {
        this.store = store;
        this.leaders = leaders;
        this.links = links;
        this.poorVillages = poorVillages;
        this.places = places;
        this.jurisdictions = jurisdictions;
        this.organizations = organizations;
        this.members = members;
        this.cadres = cadres;
    }

    @Override
    public String moduleId() {
        return Store.MODULE_ID;
    }

    @Override
    public void load(DemoDataRun run) {
        if (jurisdictions.find(Store.CITY).isEmpty()) {
            return;
        }
        int year = store.today().getYear() - 1;
        List<String> weak = new ArrayList<>(places.weakVillages(Store.CITY));
        PartyOrganization committee = Pages
                .all("id", OrganizationService.SORTABLE,
                        page -> organizations.find(new OrganizationQuery(Store.CITY, null, null, OrganizationType.COMMITTEE, null, null, null), page))
                .stream().filter(o -> o.jurisdictionCode().equals(Store.CITY) && o.parentId() == null).findFirst().orElse(null);
        if (committee == null) {
            return;
        }
        List<Member> committeeMembers = members
                .find(new MemberQuery(null, committee.id(), null, null, null, null), PageRequest.of(0, POSTS.length, "id", MemberService.SORTABLE))
                .items();
        int count = Math.min(Math.min(weak.size(), committeeMembers.size()), POSTS.length);
        List<Jurisdiction> towns = jurisdictions.subtreeList(Store.CITY, JurisdictionLevel.TOWNSHIP);
        List<String> poor = poorVillages(year, count, Set.copyOf(weak));
        List<LeaderView> registered = Pages.all("id", Leaders.SORTABLE, page -> leaders.list(Store.CITY, null, page));
        for (int i = 0; i < count; i++) {
            run.throwIfCancelled();
            LeaderView leader = leader(committeeMembers.get(i), committee.id(), i, year, registered);
            List<LinkView> linked = links.ofLeader(leader.id, year);
            link(leader, LinkKind.TOWN, towns.get(i % towns.size()).code(), year, linked, false);
            link(leader, LinkKind.POOR_VILLAGE, poor.get(i), year, linked, false);
            link(leader, LinkKind.WEAK_VILLAGE, weak.get(i), year, linked, i >= count - UNFINISHED);
        }
        logger.info("Demo data of {} loaded for {}: {} leaders linked to a town, a poor village and a weak village", Store.MODULE_ID, year, count);
    }

    /** The year's poor-village list: {@code count} villages of the city that are not weak, spread over its towns. */
    private List<String> poorVillages(int year, int count, Set<String> weak) {
        List<String> listed = new ArrayList<>(Pages.all("id", PoorVillages.SORTABLE, page -> poorVillages.list(Store.CITY, year, page)).stream()
                .map(p -> p.jurisdictionCode).toList());
        List<String> candidates = jurisdictions.subtreeList(Store.CITY, JurisdictionLevel.VILLAGE).stream().map(Jurisdiction::code)
                // rural villages (the demo registry numbers communities 001…, villages 200…) that are not weak
                .filter(c -> c.charAt(9) == '2' && !weak.contains(c)).toList();
        int step = Math.max(1, candidates.size() / Math.max(1, count));
        for (int i = 0; listed.size() < count && i * step < candidates.size(); i++) {
            String village = candidates.get(i * step);
            if (!listed.contains(village)) {
                PoorVillages.NewPoorVillage in = new PoorVillages.NewPoorVillage();
                in.year = year;
                in.jurisdictionCode = village;
                in.note = "广东省新时期精准扶贫相对贫困村";
                poorVillages.list(Store.CITY, in);
                listed.add(village);
            }
        }
        return listed;
    }

    private LeaderView leader(Member member, long committeeId, int i, int year, List<LeaderView> registered) {
        LeaderView known = registered.stream().filter(l -> l.memberId == member.id()).findFirst().orElse(null);
        if (known != null) {
            return known;
        }
        LocalDate since = LocalDate.of(year - 2, 3, 1);
        Position post = cadres.positions(member.id()).stream()
                .filter(p -> p.rank() == CadreRank.DIVISION && p.endDate() == null && Store.CITY.equals(p.jurisdictionCode())).findFirst()
                .orElseGet(() -> cadres.addPosition(member.id(), new Position(null, member.id(), POSTS[i][1], Store.CITY, committeeId, POSTS[i][0],
                        CadreRank.DIVISION, i < 4 ? PostLevel.HEAD : PostLevel.DEPUTY, since, null, null)));
        Leaders.NewLeader in = new Leaders.NewLeader();
        in.memberId = member.id();
        in.positionId = post.id();
        in.registeredOn = LocalDate.of(year, 1, 5);
        return leaders.register(Store.CITY, in);
    }

    private void link(LeaderView leader, LinkKind kind, String place, int year, List<LinkView> linked, boolean unfinished) {
        LinkView link = linked.stream().filter(l -> l.kind == kind).findFirst().orElse(null);
        if (link == null) {
            Links.NewLink in = new Links.NewLink();
            in.leaderId = leader.id;
            in.year = year;
            in.kind = kind;
            in.jurisdictionCode = place;
            in.linkedOn = LocalDate.of(year, 1, 10);
            link = links.link(Store.CITY, in);
        }
        LinkView full = links.get(Store.CITY, link.id);
        String[] titles = kind == LinkKind.TOWN ? TOWN_ITEMS : VILLAGE_ITEMS;
        String unit = full.jurisdictionName + (kind == LinkKind.TOWN ? "党委" : "党支部");
        List<ItemView> items = new ArrayList<>(full.responsibilityList);
        long version = full.version;
        for (int q = 0; q < titles.length; q++) {
            String title = titles[q];
            if (items.stream().noneMatch(it -> it.title.equals(title))) {
                Links.NewItem in = new Links.NewItem();
                in.title = title;
                in.responsibleUnit = unit;
                in.dueOn = quarterEnd(year, q + 1);
                in.version = version;
                items.add(links.addItem(Store.CITY, link.id, in));
                version++;
            }
        }
        List<CheckView> checks = links.get(Store.CITY, link.id).checkList;
        version = links.get(Store.CITY, link.id).version;
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            if (checks.stream().anyMatch(c -> c.quarter == quarter)) {
                continue;
            }
            LocalDate due = quarterEnd(year, q);
            boolean found = !(unfinished && q == 4);
            Links.NewCheck in = new Links.NewCheck();
            in.kind = q % 2 == 1 ? CheckKind.VISIT : CheckKind.INSPECTION;
            in.checkedOn = due.minusDays(5);
            in.checkedBy = in.kind == CheckKind.VISIT ? leader.name : "市委组织部检查组";
            in.findings = found ? "责任清单本季度事项已落实。" : "整顿提升任务未完成验收,责成限期整改。";
            in.itemsDone = found ? items.stream().filter(it -> it.dueOn.equals(due) && it.doneOn == null).map(it -> it.id).toList() : List.of();
            in.version = version;
            links.check(Store.CITY, link.id, in);
            version++;
        }
    }

    /** The day an item of the quarter is due: the quarter's last day, 15 December for the year's last. */
    static LocalDate quarterEnd(int year, int quarter) {
        return quarter == 4 ? LocalDate.of(year, 12, 15) : LinkageRules.quarterEnd(year, quarter);
    }
}
