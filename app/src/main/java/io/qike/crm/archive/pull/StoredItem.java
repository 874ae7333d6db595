package io.qike.crm.archive.pull;

/**
 * One item as it is stored: decrypted ({@code message} set) or failed with its reason, the encrypted item kept so that
 * it can be decrypted later.
 */
record StoredItem(String msgid, long seq, int keyVersion, String failReason, String encryptRandomKey, String encryptChatMsg,
                  ParsedMessage message) {
    static final String UNKNOWN_KEY_VERSION = "unknown_key_version";
    static final String DECRYPT_FAILED = "decrypt_failed";

    boolean decrypted() {
        return message != null;
    }
}
