package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.directory.Department;
import io.qike.sandbox.wecom.directory.Member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Member and department JSON. Since 2022-06-20 apps other than 通讯录同步 no longer receive avatar,
 * gender, mobile, email, biz_mail, qr_code or address (they need OAuth snsapi_privateinfo), so those
 * fields are only written when {@code sensitive} is true.
 */
final class MemberJson {
    private MemberJson() {
    }

    static Map<String, Object> member(Member m, boolean sensitive) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("userid", m.userid());
        j.put("name", m.name());
        j.put("department", m.departments());
        j.put("order", m.orders());
        j.put("position", m.position());
        if (sensitive) {
            j.put("mobile", m.mobile());
            j.put("gender", m.gender());
            j.put("email", m.email());
            j.put("biz_mail", m.bizMail());
        }
        j.put("is_leader_in_dept", m.isLeaderInDept());
        j.put("direct_leader", m.directLeader());
        if (sensitive) {
            j.put("avatar", m.avatar());
            j.put("thumb_avatar", m.avatar().replaceAll("/0$", "/100"));
        }
        j.put("telephone", "");
        j.put("alias", m.alias());
        if (sensitive) {
            j.put("address", m.address());
        }
        j.put("open_userid", "");
        j.put("main_department", m.mainDepartment());
        j.put("extattr", Map.of("attrs", List.of()));
        j.put("status", m.status());
        if (sensitive) {
            j.put("qr_code", m.qrCode());
        }
        j.put("external_position", "");
        j.put("external_profile", Map.of("external_corp_name", "", "external_attr", List.of()));
        return j;
    }

    static Map<String, Object> department(Department d) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", d.id());
        j.put("name", d.name());
        if (d.nameEn() != null) {
            j.put("name_en", d.nameEn());
        }
        j.put("department_leader", d.leaders());
        j.put("parentid", d.parentId());
        j.put("order", d.order());
        return j;
    }
}
