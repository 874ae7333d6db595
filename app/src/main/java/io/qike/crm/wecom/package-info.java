/**
 * 企业微信 (WeCom): the connection of an enterprise to its corp (系统对接管理 → 企业微信对接), WxJava clients per
 * secret ({@link io.qike.crm.wecom.WecomClients}), the callback endpoint with its durable inbox and pluggable
 * {@link io.qike.crm.wecom.WecomEventHandler}s, and the self-diagnosis (常见问题) built of
 * {@link io.qike.crm.wecom.WecomCheck}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "WeCom")
package io.qike.crm.wecom;
