package io.qike.crm.wecom.binding;

import java.util.List;

/** A WeCom member on the 账号绑定 page and in the API, with the Qike user bound to it (null when 未绑定). */
public record MemberLine(String userid, String name, List<String> departments, String position, String mobile, String email,
                         boolean inVisibleRange, boolean seated, Long userId, String userName) {
    MemberLine withUserName(String name) {
        return new MemberLine(userid, this.name, departments, position, mobile, email, inVisibleRange, seated, userId, name);
    }
}
