package io.qike.crm.archive.source;

/** One encrypted item of GetChatData's chatdata. */
public record ChatItem(long seq, String msgid, int publickeyVer, String encryptRandomKey, String encryptChatMsg) {
}
