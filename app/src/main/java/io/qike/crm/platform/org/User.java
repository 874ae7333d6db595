package io.qike.crm.platform.org;

import java.util.List;

/** A member of the enterprise as the admin pages show it. */
public record User(long id, String login, String displayName, String mobile, String email, Long departmentId,
                   String departmentName, Long managerId, String status, List<Long> roleIds) {
}
