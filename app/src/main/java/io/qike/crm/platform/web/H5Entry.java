package io.qike.crm.platform.web;

import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;

/**
 * One line of the feature table the mobile pages (企业微信 H5) are built from: each module registers its entries as
 * beans, so a module added later appears on the H5 home by contributing one. {@code supportedOnH5} false keeps a
 * function on the web only (imports, exports, 关系数据, 集成中心, 管理): the H5 page then says so, with the
 * web address ({@code path}), instead of linking to a page that does not work on a phone.
 *
 * @param key          stable name, used in the address of the web-only notice
 * @param labelKey     message key of the entry's label
 * @param icon         one or two characters shown on the entry's tile
 * @param path         where it lives: the H5 page when supported, else the web page
 * @param order        position on the home page, smallest first
 * @param permission   the right a member needs to see the entry; null: every signed-in member (their own 待办)
 * @param supportedOnH5 whether the function works on the H5 pages
 */
public record H5Entry(String key, String labelKey, String icon, String path, int order, Permission permission,
                      boolean supportedOnH5) {

    public static H5Entry mobile(String key, String labelKey, String icon, String path, int order, Permission permission) {
        return new H5Entry(key, labelKey, icon, path, order, permission, true);
    }

    public static H5Entry webOnly(String key, String labelKey, String icon, String webPath, int order, Permission permission) {
        return new H5Entry(key, labelKey, icon, webPath, order, permission, false);
    }

    public boolean allowedTo(QikeUser user) {
        return user != null && (permission == null || user.can(permission));
    }
}
