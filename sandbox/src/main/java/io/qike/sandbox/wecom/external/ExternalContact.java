package io.qike.sandbox.wecom.external;

/**
 * A customer in 客户联系. type 1 is a WeChat user, type 2 a WeCom user of another enterprise (then
 * corp_name/corp_full_name/position are set). unionid is present only for some WeChat users.
 */
public record ExternalContact(int index, String externalUserid, String name, String position, String avatar,
                              String corpName, String corpFullName, int type, int gender, String unionid) {
}
