package io.qike.sandbox.wecom.archive;

import io.qike.sandbox.wecom.core.Json;
import io.qike.sandbox.wecom.core.Seeds;
import io.qike.sandbox.wecom.directory.Directory;
import io.qike.sandbox.wecom.external.ExternalContacts;

import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conversation archive (会话内容存档): an append-only log of messages with seq 1, 2, 3, …
 * A message is encrypted with the public key version in force when it was archived and keeps that
 * version for good, even after the enterprise rotates the key. Messages that existed before the first
 * key was registered take the first key (the real service archives nothing without a key, so the
 * product sees an empty chatdata until a key is set).
 */
public final class Archive {
    public record KeyVersion(int version, String pem, RSAPublicKey key) {
    }

    private final long seed;
    private final ConversationGenerator generator;
    private final List<ChatRecord> records = new ArrayList<>();
    private final List<Integer> versionOfSeq = new ArrayList<>();
    private final TreeMap<Integer, KeyVersion> keys = new TreeMap<>();
    private final Map<Long, Map<String, Object>> sealed = new ConcurrentHashMap<>();
    private final Map<Integer, String> md5 = new ConcurrentHashMap<>();
    /**
     * RSA padding is random, as on the real service; an item is sealed once, when it is archived under a key (or, for
     * the backlog, when the first key arrives), so a seq always reads the same and pulling costs the service no RSA.
     */
    private final SecureRandom padding = new SecureRandom();

    public Archive(long seed, Directory directory, ExternalContacts externals, int backlog, long epochMillis) {
        this.seed = seed;
        this.generator = new ConversationGenerator(seed, directory, externals);
        long span = 60L * 86_400_000L;
        long[] times = Seeds.random(seed, "chat-times").longs(backlog, epochMillis - span, epochMillis).sorted().toArray();
        for (long t : times) {
            add(t, 0);
        }
    }

    private ChatRecord add(long msgtime, int version) {
        ChatRecord rec = generator.next(records.size() + 1, msgtime);
        records.add(rec);
        versionOfSeq.add(version);
        return rec;
    }

    /** Registers the key the enterprise pasted; versions only grow (the console adds one per change). */
    public synchronized int registerKey(String pem, Integer version) {
        RSAPublicKey key = PublicKeys.parse(pem);
        int next = keys.isEmpty() ? 1 : keys.lastKey() + 1;
        int v = version == null ? next : version;
        if (v < next) {
            throw new IllegalArgumentException("publickey_ver must be greater than " + (next - 1));
        }
        boolean first = keys.isEmpty();
        KeyVersion kv = new KeyVersion(v, pem.trim(), key);
        keys.put(v, kv);
        if (first) {
            versionOfSeq.replaceAll(x -> v);
            // The service encrypts a message once, when it archives it, not when it is pulled: the backlog now.
            records.parallelStream().forEach(r -> sealed.put(r.seq(), seal(r, kv)));
        }
        return v;
    }

    public synchronized List<KeyVersion> keys() {
        return List.copyOf(keys.values());
    }

    /** Archives n new messages now, under the current key version. */
    public synchronized List<ChatRecord> append(int n, long nowMillis) {
        int v = keys.isEmpty() ? 0 : keys.lastKey();
        List<ChatRecord> out = new ArrayList<>();
        long last = records.isEmpty() ? 0 : records.get(records.size() - 1).msgtime();
        for (int i = 0; i < n; i++) {
            ChatRecord rec = add(Math.max(nowMillis, last + 1) + i, v);
            if (v != 0) sealed.put(rec.seq(), seal(rec, keys.get(v)));
            out.add(rec);
        }
        return out;
    }

    public synchronized int size() {
        return records.size();
    }

    /** Items with seq > afterSeq, at most limit, as GetChatData returns them. */
    public synchronized List<Map<String, Object>> chatData(long afterSeq, int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (long seq = Math.max(1, afterSeq + 1); seq <= records.size() && out.size() < limit; seq++) {
            int v = versionOfSeq.get((int) seq - 1);
            if (v != 0) {
                long s = seq;
                out.add(sealed.computeIfAbsent(s, k -> seal(records.get((int) s - 1), keys.get(v))));
            }
        }
        return out;
    }

    private Map<String, Object> seal(ChatRecord rec, KeyVersion key) {
        String randomKey = Seeds.base62(Seeds.random(seed, "random-key:" + rec.seq()), 32);
        byte[] nonce = Arrays.copyOf(Seeds.hmac(seed, "nonce:" + rec.seq()), 12);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("seq", rec.seq());
        item.put("msgid", rec.msgid());
        item.put("publickey_ver", key.version());
        item.put("encrypt_random_key", ArchiveCipher.encryptRandomKey(key.key(), randomKey, padding));
        item.put("encrypt_chat_msg", ArchiveCipher.encryptChatMsg(randomKey, Json.write(plaintext(rec)), nonce));
        return item;
    }

    /** The decrypted message JSON of a seq (admin inspection), or null. */
    public synchronized Map<String, Object> plaintext(long seq) {
        return seq < 1 || seq > records.size() ? null : plaintext(records.get((int) seq - 1));
    }

    private Map<String, Object> plaintext(ChatRecord rec) {
        return ChatJson.of(rec, rec.media() == null ? null : md5(rec.media()));
    }

    public String md5(MediaFile f) {
        return md5.computeIfAbsent(f.index(), i -> Seeds.md5Hex(f.bytes()));
    }

    public synchronized MediaFile media(String sdkfileid) {
        int i = MediaFile.indexOf(seed, sdkfileid);
        List<MediaFile> all = generator.media();
        return i < 0 || i >= all.size() ? null : all.get(i);
    }
}
