package io.qike.crm.archive;

/** An admin gave a key pair its version (消息加密密钥版本号): messages parked for that version can now be decrypted. */
public record ArchiveKeyVersionSet(long tenantId, int version) {
}
