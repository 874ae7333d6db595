package io.qike.crm.archive.source;

import io.qike.crm.archive.ArchiveCredentials;

/**
 * The Finance SDK's three calls (会话内容存档): GetChatData, DecryptData and GetMediaData. The embedded default is
 * the simulator's HTTP stand-in ({@code qike.wecom.archive.source=sandbox}); {@code native} is Tencent's SDK through
 * WxJava. The RSA step (encrypt_random_key) is not the source's: the puller does it with the key ring's private keys.
 */
public interface ArchiveSource {
    /** Items with seq greater than {@code seq}, at most {@code limit} (≤ 1000); a failure carries the SDK's ret or WeCom's errcode. */
    ChatSlice chatData(ArchiveCredentials c, long seq, int limit);

    /** The message JSON of an item, from its RSA-decrypted random key; throws {@link ArchiveSourceException} when it cannot. */
    String decryptData(String randomKey, String encryptChatMsg);

    /** One chunk of a media file: start with indexBuf "" and pass back {@link MediaChunk#outIndexBuf()} until finished. */
    MediaChunk mediaData(ArchiveCredentials c, String sdkFileId, String indexBuf);
}
