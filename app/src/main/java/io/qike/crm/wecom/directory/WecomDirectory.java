package io.qike.crm.wecom.directory;

import java.util.List;
import java.util.Set;

/** The corp's directory as one full read found it, with what the CRM app may reach of it. */
record WecomDirectory(List<Dept> departments, List<Person> members, Set<String> visible, Set<String> unseated, List<String> notes) {
    record Dept(long id, Long parentId, String name, long order) {
    }

    /** A member; mobile and email are null when the secret used may not read them (the app secret since 2022). */
    record Person(String userid, String name, List<Long> departments, String position, String mobile, String email, Integer status) {
    }
}
