package org.jiceng.core.registry.internal.demo;

import java.util.List;

/**
 * The five origin counties of the domain summary with their province and city, and real township
 * names. Township codes extend the county code by three digits, villages by three more.
 */
final class DemoCounties {

    record Place(String code, String name) {
    }

    record County(Place province, Place city, Place county, List<String> townships) {
    }

    static final List<County> ALL = List.of(
            new County(new Place("130000", "河北省"), new Place("130500", "邢台市"), new Place("130531", "广宗县"),
                    List.of("广宗镇", "冯家寨镇", "北塘疃镇", "核桃园镇", "葫芦乡", "大平台乡", "件只乡", "东召乡")),
            new County(new Place("110000", "北京市"), new Place("110100", "北京市市辖区"), new Place("110113", "顺义区"),
                    List.of("胜利街道", "光明街道", "石园街道", "仁和镇", "后沙峪镇", "天竺镇", "杨镇", "牛栏山镇", "南法信镇", "马坡镇")),
            new County(new Place("440000", "广东省"), new Place("441400", "梅州市"), new Place("441481", "兴宁市"),
                    List.of("黄槐镇", "黄陂镇", "合水镇", "罗岗镇", "大坪镇", "石马镇", "刁坊镇", "坭陂镇", "新圩镇", "叶塘镇",
                            "永和镇", "径南镇", "龙田镇", "水口镇", "新陂镇", "罗浮镇", "宁中镇")),
            new County(new Place("430000", "湖南省"), new Place("430500", "邵阳市"), new Place("430581", "武冈市"),
                    List.of("迎春亭街道", "水西门街道", "稠树塘镇", "邓元泰镇", "湾头桥镇", "文坪镇", "荆竹铺镇", "司马冲镇", "秦桥镇", "邓家铺镇")),
            new County(new Place("360000", "江西省"), new Place("360800", "吉安市"), new Place("360823", "峡江县"),
                    List.of("水边镇", "巴邱镇", "仁和镇", "砚溪镇", "罗田镇", "桐林乡", "福民乡", "戈坪乡", "金江乡")));

    /** County organs (机关) that have their own branch in every demo county. */
    static final List<String> ORGANS = List.of("县委办公室", "县委组织部", "县委宣传部", "县财政局", "县教育局", "县卫生健康局",
            "县农业农村局", "县交通运输局", "县住房和城乡建设局", "县市场监督管理局");

    /** Two-new organizations: non-public enterprises and social organizations. */
    static final List<String> ENTERPRISES = List.of("农业科技有限公司", "建材有限公司", "电子科技有限公司", "食品有限公司", "物流有限公司");
    static final List<String> SOCIAL_ORGS = List.of("个体劳动者协会", "商会", "志愿者协会");

    static final String VILLAGE_STEMS = "张李王刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    static final String[] VILLAGE_SUFFIXES = {"家村", "庄村", "坪村", "岭村", "塘村", "湾村", "屯村", "寨村"};
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文斌云飞玉兰海燕春梅宏伟德胜国庆新民";

    private DemoCounties() {
    }
}
