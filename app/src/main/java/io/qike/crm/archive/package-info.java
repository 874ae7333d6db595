/**
 * 会话内容存档 (the WeCom conversation archive): the key pairs WeCom encrypts with and the archive settings
 * ({@link io.qike.crm.archive.ArchiveKeyRing}), the loss-free pull of archived messages by seq, their media, the
 * conversation view on contacts and customers, and manual and automatic retention into sales records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation archive")
package io.qike.crm.archive;
