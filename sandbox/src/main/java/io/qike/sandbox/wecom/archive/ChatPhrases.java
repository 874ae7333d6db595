package io.qike.sandbox.wecom.archive;

import java.util.SplittableRandom;

/** What a B2B sales chat sounds like: sellers, customers and colleagues. {n} is a number, {who} a name. */
final class ChatPhrases {
    static final String[] SELLER = {
            "您好，我是企客科技的销售顾问，很高兴为您服务。", "{who}您好，上次沟通的方案我整理好了，稍后发您。",
            "报价单已经发到您邮箱了，请查收，有问题随时联系我。", "这周四下午方便的话，我们可以安排一次线上演示。",
            "合同我这边已经盖章寄出，快递单号稍后同步给您。", "我们年底有续费优惠，{n}个账号可以打九折。",
            "好的，我跟技术同事确认一下再回复您。", "收到，谢谢{who}！", "发票已经开好了，电子版发您邮箱。",
            "实施顾问明天会联系您安排上线培训。", "企业微信对接是标准功能，不额外收费。",
            "私有化部署也支持，需要单独评估服务器配置。", "您看下周一上午十点开个电话会可以吗？"};
    static final String[] CUSTOMER = {
            "你好，想了解一下你们CRM的价格。", "我们大概有{n}个销售，适合哪个版本？", "方案收到了，我们内部讨论一下。",
            "能不能再便宜一点？今年预算比较紧。", "周四下午可以，三点吧。", "合同收到了，法务在看。",
            "对接企业微信需要额外收费吗？", "好的，谢谢。", "我们需要私有化部署，可以吗？",
            "款项已经安排支付了，请查收。", "演示的录屏能发一份吗？老板没参加。", "账号开通了，有几个同事登录不上。"};
    static final String[] COLLEAGUE = {
            "这个客户的报价你帮我看一下。", "周会改到明天上午十点。", "客户要求下周演示，能安排售前吗？",
            "合同审批已经提交了，麻烦尽快批一下。", "收到。", "好的。", "{who}那边的回款到账了吗？",
            "这个线索是我的，上个月就在跟了。", "季度目标还差{n}万，大家加油。"};
    static final String[] FILES = {"企客CRM产品白皮书.pdf", "报价单.xlsx", "销售合同草稿.docx", "需求调研表.xlsx",
            "实施方案.pdf", "演示讲稿.pdf", "对账单.xlsx", "培训手册.pdf"};

    private ChatPhrases() {
    }

    static String pick(String[] from, SplittableRandom r, String who) {
        return from[r.nextInt(from.length)].replace("{who}", who)
                .replace("{n}", Integer.toString(5 + r.nextInt(95)));
    }
}
