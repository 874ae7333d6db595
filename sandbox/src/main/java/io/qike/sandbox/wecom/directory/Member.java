package io.qike.sandbox.wecom.directory;

import java.util.List;

/**
 * One member (成员). status: 1 active, 2 disabled, 4 not activated. {@code customerContact} marks members
 * given 客户联系 rights (get_follow_user_list); {@code archived} marks members inside the conversation
 * archive's 开启范围. {@code joinIndex} is the order members joined, which decides who gets a seat first.
 */
public record Member(int joinIndex, String userid, String name, List<Long> departments, List<Long> orders,
                     String position, String mobile, String gender, String email, String bizMail,
                     List<Integer> isLeaderInDept, List<String> directLeader, String avatar, String alias,
                     int status, long mainDepartment, String qrCode, String address,
                     boolean customerContact, boolean archived) {

    public boolean active() {
        return status == 1;
    }
}
