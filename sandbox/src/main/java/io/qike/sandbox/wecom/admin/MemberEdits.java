package io.qike.sandbox.wecom.admin;

import io.qike.sandbox.wecom.directory.Directory;
import io.qike.sandbox.wecom.directory.Member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds a member from admin input with the checks the console makes, and the event fields of a change. */
final class MemberEdits {
    private MemberEdits() {
    }

    static Member apply(Directory dir, Member old, String userid, Map<String, Object> body, int joinIndex) {
        if (!userid.matches("[A-Za-z0-9_.@\\-]{1,64}")) {
            throw new IllegalArgumentException("userid must be 1-64 letters, digits or _.@-");
        }
        String name = text(body, "name", old == null ? null : old.name());
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("'name' is required");
        }
        List<Long> depts = body.containsKey("department") ? Bodies.longs(body, "department")
                : old == null ? List.of(1L) : old.departments();
        if (depts.isEmpty() || depts.stream().anyMatch(d -> dir.department(d) == null)) {
            throw new IllegalArgumentException("department must list existing department ids");
        }
        String mobile = text(body, "mobile", old == null ? null : old.mobile());
        if (mobile == null || !mobile.matches("1\\d{10}")) {
            throw new IllegalArgumentException("'mobile' must be an 11-digit mainland mobile number");
        }
        Member holder = dir.memberByMobile(mobile);
        if (holder != null && (old == null || !holder.userid().equals(old.userid()))) {
            throw new IllegalArgumentException("mobile " + mobile + " belongs to " + holder.userid());
        }
        String lower = userid.toLowerCase();
        int status = Integer.parseInt(text(body, "status", old == null ? "1" : Integer.toString(old.status())));
        return new Member(joinIndex, userid, name, depts, depts.stream().map(d -> 0L).toList(),
                text(body, "position", old == null ? "" : old.position()), mobile,
                text(body, "gender", old == null ? "1" : old.gender()),
                text(body, "email", old == null ? lower + "@qikedemo.com" : old.email()),
                old == null ? lower + "@qikedemo.wecom.work" : old.bizMail(), depts.stream().map(d -> 0).toList(),
                old == null ? List.of() : old.directLeader(),
                old == null ? "https://wework.qpic.cn/wwpic/" + Integer.toHexString(userid.hashCode()) + "/0" : old.avatar(),
                "", status, depts.get(0), old == null ? "" : old.qrCode(), old == null ? "" : old.address(),
                old != null && old.customerContact(), old != null && old.archived());
    }

    /** Every field for a new member; only what changed for an update, as the real events do. */
    static Map<String, String> eventFields(Member m, Member old) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, old, "Name", m.name(), old == null ? null : old.name());
        put(f, old, "Department", join(m.departments()), old == null ? null : join(old.departments()));
        put(f, old, "MainDepartment", Long.toString(m.mainDepartment()), old == null ? null : Long.toString(old.mainDepartment()));
        put(f, old, "Position", m.position(), old == null ? null : old.position());
        put(f, old, "Mobile", m.mobile(), old == null ? null : old.mobile());
        put(f, old, "Gender", m.gender(), old == null ? null : old.gender());
        put(f, old, "Email", m.email(), old == null ? null : old.email());
        put(f, old, "Status", Integer.toString(m.status()), old == null ? null : Integer.toString(old.status()));
        return f;
    }

    private static void put(Map<String, String> f, Member old, String key, String now, String before) {
        if (old == null || !Objects.equals(now, before)) {
            f.put(key, now);
        }
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String text(Map<String, Object> body, String key, String fallback) {
        Object v = body.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
