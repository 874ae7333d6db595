package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.external.CorpTag;
import io.qike.sandbox.wecom.external.ExternalContact;
import io.qike.sandbox.wecom.external.FollowInfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** external_contact, follow_user (externalcontact/get) and follow_info (batch/get_by_user) JSON. */
final class ExternalJson {
    private ExternalJson() {
    }

    static Map<String, Object> contact(ExternalContact c) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("external_userid", c.externalUserid());
        j.put("name", c.name());
        if (c.type() == 2) {
            j.put("position", c.position());
        }
        j.put("avatar", c.avatar());
        if (c.type() == 2) {
            j.put("corp_name", c.corpName());
            j.put("corp_full_name", c.corpFullName());
        }
        j.put("type", c.type());
        j.put("gender", c.gender());
        if (c.unionid() != null) {
            j.put("unionid", c.unionid());
        }
        if (c.type() == 2) {
            j.put("external_profile", Map.of("external_attr", List.of()));
        }
        return j;
    }

    /** follow_user entry: tags as objects. */
    static Map<String, Object> followUser(FollowInfo f) {
        Map<String, Object> j = common(f);
        j.put("tags", f.tags().stream().map(ExternalJson::tag).toList());
        tail(f, j);
        return j;
    }

    /** follow_info entry: tags as ids only. */
    static Map<String, Object> followInfo(FollowInfo f) {
        Map<String, Object> j = common(f);
        j.put("tag_id", f.tags().stream().map(CorpTag::tagId).toList());
        tail(f, j);
        return j;
    }

    private static Map<String, Object> common(FollowInfo f) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("userid", f.userid());
        j.put("remark", f.remark());
        j.put("description", f.description());
        j.put("createtime", f.createtime());
        return j;
    }

    private static void tail(FollowInfo f, Map<String, Object> j) {
        if (!f.remarkCorpName().isEmpty()) {
            j.put("remark_corp_name", f.remarkCorpName());
        }
        j.put("remark_mobiles", f.remarkMobiles());
        j.put("oper_userid", f.operUserid());
        j.put("add_way", f.addWay());
        if (f.state() != null) {
            j.put("state", f.state());
        }
    }

    private static Map<String, Object> tag(CorpTag t) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("group_name", t.groupName());
        j.put("tag_name", t.tagName());
        j.put("type", 1);
        j.put("tag_id", t.tagId());
        return j;
    }
}
