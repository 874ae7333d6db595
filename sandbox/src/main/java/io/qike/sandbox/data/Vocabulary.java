package io.qike.sandbox.data;

import java.util.List;

/** Word lists for names, people and streets. Order matters: the generator indexes into them. */
final class Vocabulary {

    /** Brand syllables (字号) with their pinyin, so web domains can be derived from brands. */
    static final List<String[]> BRAND_SYLLABLES = List.of(
            new String[] {"华", "hua"}, new String[] {"腾", "teng"}, new String[] {"恒", "heng"},
            new String[] {"瑞", "rui"}, new String[] {"鑫", "xin"}, new String[] {"博", "bo"},
            new String[] {"泰", "tai"}, new String[] {"宏", "hong"}, new String[] {"德", "de"},
            new String[] {"锦", "jin"}, new String[] {"盛", "sheng"}, new String[] {"佳", "jia"},
            new String[] {"联", "lian"}, new String[] {"创", "chuang"}, new String[] {"信", "xin"},
            new String[] {"达", "da"}, new String[] {"永", "yong"}, new String[] {"安", "an"},
            new String[] {"丰", "feng"}, new String[] {"源", "yuan"}, new String[] {"新", "xin"},
            new String[] {"天", "tian"}, new String[] {"海", "hai"}, new String[] {"中", "zhong"},
            new String[] {"金", "jin"}, new String[] {"通", "tong"}, new String[] {"科", "ke"},
            new String[] {"明", "ming"}, new String[] {"聚", "ju"}, new String[] {"宇", "yu"},
            new String[] {"辰", "chen"}, new String[] {"睿", "rui"}, new String[] {"智", "zhi"},
            new String[] {"远", "yuan"}, new String[] {"航", "hang"}, new String[] {"启", "qi"},
            new String[] {"元", "yuan"}, new String[] {"方", "fang"}, new String[] {"诚", "cheng"},
            new String[] {"嘉", "jia"}, new String[] {"润", "run"}, new String[] {"弘", "hong"},
            new String[] {"鼎", "ding"}, new String[] {"晟", "sheng"}, new String[] {"昊", "hao"},
            new String[] {"卓", "zhuo"}, new String[] {"越", "yue"}, new String[] {"凯", "kai"});

    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
            "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
            "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任",
            "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦",
            "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶",
            "欧阳", "司马", "诸葛", "上官");

    static final String GIVEN_NAME_CHARS =
            "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉宇鹏飞浩然俊峰海燕雪梅晓东"
                    + "立新春晖子涵欣怡思远嘉怡梓轩一鸣正阳德胜永福振华卫东";

    static final List<String> ROADS = List.of(
            "人民路", "中山路", "解放路", "建设路", "科技路", "创业路", "滨海大道", "长江路", "黄河路",
            "新华路", "和平路", "学府路", "高新大道", "工业大道", "世纪大道", "环城东路", "复兴路",
            "迎宾大道", "金融街", "东风路", "五一路", "光明路", "友谊路", "文化路", "青年路");

    static final List<String> BUILDING_SUFFIXES = List.of(
            "", "", "", "A座", "B座", "1栋", "2栋", "3号楼", "科技大厦", "国际中心", "产业园", "商务中心");

    private Vocabulary() {
    }
}
