package io.qike.sandbox.wecom.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The corp's address book: an immutable department tree and its members, with the lookups the APIs need. */
public final class Directory {
    private final List<Department> departments;
    private final Map<Long, Department> byId = new LinkedHashMap<>();
    private final Map<Long, List<Long>> children = new LinkedHashMap<>();
    private final List<Member> members;
    private final Map<String, Member> byUserid = new LinkedHashMap<>();
    private final Map<String, Member> byMobile = new LinkedHashMap<>();

    public Directory(List<Department> departments, List<Member> members) {
        this.departments = List.copyOf(departments);
        this.members = List.copyOf(members);
        for (Department d : departments) {
            byId.put(d.id(), d);
            children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d.id());
        }
        for (Member m : members) {
            byUserid.put(m.userid(), m);
            byMobile.put(m.mobile(), m);
        }
    }

    public List<Department> departments() { return departments; }
    public Department department(long id) { return byId.get(id); }
    public List<Member> members() { return members; }
    public Member member(String userid) { return userid == null ? null : byUserid.get(userid); }
    public Member memberByMobile(String mobile) { return byMobile.get(mobile); }

    /** The department and all departments below it, parents before children. */
    public Set<Long> subtree(long id) {
        Set<Long> out = new LinkedHashSet<>();
        collect(id, out);
        return out;
    }

    private void collect(long id, Set<Long> out) {
        if (byId.containsKey(id) && out.add(id)) {
            for (long c : children.getOrDefault(id, Collections.emptyList())) {
                collect(c, out);
            }
        }
    }

    public List<Member> membersIn(Set<Long> departmentIds) {
        List<Member> out = new ArrayList<>();
        for (Member m : members) {
            for (long d : m.departments()) {
                if (departmentIds.contains(d)) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    /** A copy with the member added, or replacing the member that has the same userid (or oldUserid). */
    public Directory with(String oldUserid, Member m) {
        List<Member> out = new ArrayList<>();
        boolean replaced = false;
        for (Member x : members) {
            if (x.userid().equals(oldUserid == null ? m.userid() : oldUserid)) {
                out.add(m);
                replaced = true;
            } else {
                out.add(x);
            }
        }
        if (!replaced) {
            out.add(m);
        }
        return new Directory(departments, out);
    }

    public Directory without(String userid) {
        return new Directory(departments, members.stream().filter(m -> !m.userid().equals(userid)).toList());
    }
}
