package io.qike.crm.archive.keys;

/** A newly generated key pair: its id and its public key in PEM, to paste into WeCom (会话内容存档 → 消息加密公钥). */
public record NewArchiveKey(long id, String publicKey) {
}
