package io.qike.crm.archive.pull;

import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.archive.source.ArchiveSource;
import io.qike.crm.archive.source.ArchiveSourceException;
import io.qike.crm.archive.source.ChatItem;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import org.springframework.stereotype.Component;

/**
 * Decrypts an item the documented way: Base64-decode {@code encrypt_random_key}, RSA/ECB/PKCS1Padding with the private
 * key of its {@code publickey_ver}, then the source's DecryptData. An item without a key for its version, or that
 * does not decrypt, comes back failed with its reason: it is stored, never dropped. No database work here.
 */
@Component
class ItemDecoder {
    private final ArchiveSource source;
    private final MessageParser parser;

    ItemDecoder(ArchiveSource source, MessageParser parser) {
        this.source = source;
        this.parser = parser;
    }

    StoredItem decode(ArchiveKeyRing keys, ChatItem item) {
        Optional<PrivateKey> key = keys.privateKey(item.publickeyVer());
        if (key.isEmpty()) return failed(item, StoredItem.UNKNOWN_KEY_VERSION);
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key.get());
            String randomKey = new String(rsa.doFinal(Base64.getDecoder().decode(item.encryptRandomKey())), StandardCharsets.UTF_8);
            String json = source.decryptData(randomKey, item.encryptChatMsg());
            return new StoredItem(item.msgid(), item.seq(), item.publickeyVer(), null, null, null, parser.parse(item.msgid(), json));
        } catch (GeneralSecurityException | ArchiveSourceException | IllegalArgumentException e) {
            return failed(item, StoredItem.DECRYPT_FAILED);
        }
    }

    private static StoredItem failed(ChatItem item, String reason) {
        return new StoredItem(item.msgid(), item.seq(), item.publickeyVer(), reason, item.encryptRandomKey(), item.encryptChatMsg(), null);
    }
}
