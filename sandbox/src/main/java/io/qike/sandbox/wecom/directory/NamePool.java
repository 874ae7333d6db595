package io.qike.sandbox.wecom.directory;

import java.util.SplittableRandom;

/**
 * Chinese personal names with their pinyin, so userids look like the ones enterprises really use
 * ("ZhangWei", "LiXiaoFang"). Surnames are weighted by rough frequency via repetition.
 */
public final class NamePool {
    private static final String[][] SURNAMES = {
            {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"},
            {"黄", "Huang"}, {"赵", "Zhao"}, {"吴", "Wu"}, {"周", "Zhou"}, {"徐", "Xu"}, {"孙", "Sun"},
            {"马", "Ma"}, {"朱", "Zhu"}, {"胡", "Hu"}, {"郭", "Guo"}, {"何", "He"}, {"高", "Gao"},
            {"林", "Lin"}, {"罗", "Luo"}, {"郑", "Zheng"}, {"梁", "Liang"}, {"谢", "Xie"}, {"宋", "Song"},
            {"唐", "Tang"}, {"许", "Xu"}, {"韩", "Han"}, {"冯", "Feng"}, {"邓", "Deng"}, {"曹", "Cao"},
            {"彭", "Peng"}, {"曾", "Zeng"}, {"肖", "Xiao"}, {"田", "Tian"}, {"董", "Dong"}, {"袁", "Yuan"},
            {"潘", "Pan"}, {"于", "Yu"}, {"蒋", "Jiang"}, {"蔡", "Cai"}, {"余", "Yu"}, {"杜", "Du"},
            {"叶", "Ye"}, {"程", "Cheng"}, {"苏", "Su"}, {"魏", "Wei"}, {"吕", "Lv"}, {"丁", "Ding"},
            {"任", "Ren"}, {"沈", "Shen"}, {"姚", "Yao"}, {"卢", "Lu"}, {"姜", "Jiang"}, {"崔", "Cui"},
            {"钟", "Zhong"}, {"谭", "Tan"}, {"陆", "Lu"}, {"汪", "Wang"}, {"范", "Fan"}, {"金", "Jin"},
            {"石", "Shi"}, {"廖", "Liao"}, {"贾", "Jia"}, {"夏", "Xia"}, {"韦", "Wei"}, {"付", "Fu"},
            {"方", "Fang"}, {"白", "Bai"}, {"邹", "Zou"}, {"孟", "Meng"}, {"熊", "Xiong"}, {"秦", "Qin"},
            {"欧阳", "OuYang"}, {"司徒", "SiTu"}, {"上官", "ShangGuan"}};
    private static final String[][] GIVEN = {
            {"伟", "Wei"}, {"芳", "Fang"}, {"娜", "Na"}, {"敏", "Min"}, {"静", "Jing"}, {"丽", "Li"},
            {"强", "Qiang"}, {"磊", "Lei"}, {"军", "Jun"}, {"洋", "Yang"}, {"勇", "Yong"}, {"艳", "Yan"},
            {"杰", "Jie"}, {"娟", "Juan"}, {"涛", "Tao"}, {"明", "Ming"}, {"超", "Chao"}, {"秀", "Xiu"},
            {"霞", "Xia"}, {"平", "Ping"}, {"刚", "Gang"}, {"桂", "Gui"}, {"英", "Ying"}, {"华", "Hua"},
            {"玉", "Yu"}, {"兰", "Lan"}, {"飞", "Fei"}, {"鹏", "Peng"}, {"辉", "Hui"}, {"俊", "Jun"},
            {"婷", "Ting"}, {"雪", "Xue"}, {"琳", "Lin"}, {"晨", "Chen"}, {"宇", "Yu"}, {"浩", "Hao"},
            {"然", "Ran"}, {"欣", "Xin"}, {"怡", "Yi"}, {"佳", "Jia"}, {"嘉", "Jia"}, {"子", "Zi"},
            {"梓", "Zi"}, {"轩", "Xuan"}, {"涵", "Han"}, {"晓", "Xiao"}, {"文", "Wen"}, {"斌", "Bin"},
            {"志", "Zhi"}, {"建", "Jian"}, {"国", "Guo"}, {"海", "Hai"}, {"波", "Bo"}, {"慧", "Hui"},
            {"颖", "Ying"}, {"倩", "Qian"}, {"凯", "Kai"}, {"帆", "Fan"}, {"瑶", "Yao"}, {"博", "Bo"},
            {"诗", "Shi"}, {"雨", "Yu"}, {"思", "Si"}, {"远", "Yuan"}, {"天", "Tian"}, {"晶", "Jing"},
            {"亮", "Liang"}, {"林", "Lin"}, {"峰", "Feng"}, {"冰", "Bing"}, {"煌", "Huang"}, {"逍", "Xiao"},
            {"遥", "Yao"}, {"树", "Shu"}, {"柏", "Bai"}, {"衍", "Yan"}, {"云", "Yun"}, {"哲", "Zhe"},
            {"贝", "Bei"}, {"素", "Su"}, {"淑", "Shu"}, {"媛", "Yuan"}, {"南", "Nan"}, {"晚", "Wan"}};

    /** A generated name: display name in Chinese and the CamelCase pinyin used as the userid stem. */
    public record Name(String chinese, String pinyin) {
    }

    private NamePool() {
    }

    public static Name next(SplittableRandom r) {
        String[] s = SURNAMES[Math.min(r.nextInt(SURNAMES.length), r.nextInt(SURNAMES.length))];
        int len = r.nextInt(10) < 6 ? 2 : 1;
        StringBuilder cn = new StringBuilder(s[0]);
        StringBuilder py = new StringBuilder(s[1]);
        for (int i = 0; i < len; i++) {
            String[] g = GIVEN[r.nextInt(GIVEN.length)];
            cn.append(g[0]);
            py.append(g[1]);
        }
        return new Name(cn.toString(), py.toString());
    }
}
