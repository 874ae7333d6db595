package io.qike.crm.wecom.external;

import java.time.Instant;
import java.util.List;

/**
 * An external contact as WeCom describes it: type 1 is a personal WeChat user (no corp), type 2 a WeCom user with
 * its corp's short and full name; with the members who follow it.
 */
public record ExternalContact(String externalUserId, String name, int type, String corpName, String corpFullName,
                              String position, List<Follow> follows) {
    public ExternalContact {
        follows = List.copyOf(follows);
    }

    /** One member following the external contact: their remark, tags, how (add_way) and when they added it. */
    public record Follow(String userid, String remark, String description, List<String> tagIds, Integer addWay, Instant addedAt) {
        public Follow {
            tagIds = List.copyOf(tagIds);
        }
    }

    /** The name to look the company up by: the full registered name when WeCom has it. */
    public String companyName() {
        if (corpFullName != null && !corpFullName.isBlank()) return corpFullName;
        return corpName == null || corpName.isBlank() ? null : corpName;
    }

    public boolean personal() {
        return companyName() == null;
    }
}
