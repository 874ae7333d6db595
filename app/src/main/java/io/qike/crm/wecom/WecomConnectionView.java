package io.qike.crm.wecom;

import java.time.Instant;

/**
 * The connection as the administrator sees it (page and API): secrets only as "set" and a masked hint. The
 * console URLs are what to paste into the WeCom admin console: the callback URL (接收事件服务器), the app's home
 * page (H5, 工作台入口), the sidebar (聊天工具栏) and the trusted domain (可信域名).
 */
public record WecomConnectionView(boolean connected, String corpId, Integer agentId, String baseUrl,
                                  String agentSecretHint, String contactsSecretHint, String customerSecretHint,
                                  String callbackTokenHint, String encodingAesKeyHint,
                                  Instant updatedAt, Instant callbackVerifiedAt, ConsoleUrls consoleUrls) {
    public record ConsoleUrls(String callbackUrl, String h5Url, String sidebarUrl, String trustedDomain) {
    }
}
