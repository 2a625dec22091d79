package org.jiceng.module.guangzong.dailyevaluation.internal;

import java.util.List;
import java.util.Optional;

/**
 * The items of the three boards and their points. The seed names the boards and the county's rules
 * (《县管干部日常量化管理考评细则》, 《关于新形势下加强干部德的建设意见》), not their items: these follow what
 * such rules commonly score — work done and failed, conduct and virtue, study and exams — each
 * with the range one entry may carry.
 */
final class Catalogue {
    static final List<Item> ITEMS = List.of(
            new Item("key-task", Board.WORK, "完成重点工作任务", 1, 5),
            new Item("innovation", Board.WORK, "工作创新被上级推广", 2, 8),
            new Item("commended", Board.WORK, "受到上级表扬通报", 1, 5),
            new Item("task-overdue", Board.WORK, "工作任务未按期完成", -5, -1),
            new Item("absence", Board.WORK, "迟到早退、无故缺岗", -3, -1),
            new Item("criticized", Board.WORK, "被督查通报批评", -10, -2),
            new Item("political", Board.VIRTUE, "政治品德：讲政治、守规矩表现突出", 1, 5),
            new Item("good-deed", Board.VIRTUE, "担当作为、服务群众好人好事", 1, 5),
            new Item("family-virtue", Board.VIRTUE, "家庭美德、社会公德表现突出", 1, 3),
            new Item("complaint", Board.VIRTUE, "群众投诉查实", -10, -2),
            new Item("integrity", Board.VIRTUE, "违反廉洁自律规定", -20, -5),
            new Item("study-session", Board.STUDY, "参加集中学习", 1, 2),
            new Item("online-course", Board.STUDY, "完成干部网络培训学时", 1, 3),
            new Item("exam", Board.STUDY, "考学测试成绩优秀", 2, 5),
            new Item("article", Board.STUDY, "撰写调研文章、心得获奖", 2, 6),
            new Item("study-absent", Board.STUDY, "无故缺席集中学习", -3, -1));

    private Catalogue() {
    }

    static Optional<Item> item(String key) {
        return ITEMS.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    static List<Item> of(Board board) {
        return ITEMS.stream().filter(i -> i.board() == board).toList();
    }
}
