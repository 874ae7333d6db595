package io.qike.sandbox.wecom.archive;

import io.qike.sandbox.wecom.core.Seeds;
import io.qike.sandbox.wecom.directory.Directory;
import io.qike.sandbox.wecom.directory.Member;
import io.qike.sandbox.wecom.external.ExternalContacts;
import io.qike.sandbox.wecom.external.FollowInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Produces archived messages in bursts: a conversation (member ↔ customer, member ↔ colleague, or a group
 * room) gets a few messages in a row. Stateful, so more messages can be appended later in the same style.
 */
final class ConversationGenerator {
    private final long seed;
    private final SplittableRandom r;
    private final List<Member> archived;
    private final List<Member> everyone;
    private final ExternalContacts externals;
    private final List<List<String>> rooms = new ArrayList<>();
    private final List<String> roomIds = new ArrayList<>();
    private final List<MediaFile> media = new ArrayList<>();
    private List<String> parties = List.of();
    private String roomid = "";
    private int burstLeft;
    private final List<String[]> burstSent = new ArrayList<>();

    ConversationGenerator(long seed, Directory directory, ExternalContacts externals) {
        this.seed = seed;
        this.r = Seeds.random(seed, "conversations");
        this.archived = directory.members().stream().filter(Member::archived).toList();
        this.everyone = directory.members().stream().filter(Member::active).toList();
        this.externals = externals;
        for (int i = 0; i < 6 && !archived.isEmpty(); i++) {
            List<String> people = new ArrayList<>();
            Member owner = archived.get(r.nextInt(archived.size()));
            people.add(owner.userid());
            people.add(everyone.get(r.nextInt(everyone.size())).userid());
            externals.followedBy(owner.userid()).stream().limit(3).forEach(f -> people.add(f.externalUserid()));
            List<String> distinct = people.stream().distinct().toList();
            if (distinct.size() > 2) {
                rooms.add(distinct);
                roomIds.add("wr" + Seeds.base62(r, 30));
            }
        }
    }

    List<MediaFile> media() {
        return media;
    }

    ChatRecord next(long seq, long msgtime) {
        if (archived.isEmpty()) {
            throw new IllegalStateException("no member is inside the archive's scope");
        }
        if (burstLeft-- <= 0) {
            startBurst();
        }
        if (r.nextInt(200) == 0) {
            String user = archived.get(r.nextInt(archived.size())).userid();
            return new ChatRecord(seq, Seeds.base62(r, 21), "switch", user, List.of(), "", msgtime, null, Map.of(), null);
        }
        // The archived member (first party) writes about half of the messages.
        String from = parties.get(r.nextInt(10) < 5 ? 0 : 1 + r.nextInt(parties.size() - 1));
        List<String> to = parties.stream().filter(p -> !p.equals(from)).toList();
        boolean external = parties.stream().anyMatch(p -> p.startsWith("wm"));
        String msgid = external ? Math.abs(r.nextLong()) + "_" + (msgtime / 1000) + "_external"
                : "CAQQ" + Seeds.base62(r, 24) + "=";
        String prior = burstSent.stream().filter(s -> s[0].equals(from)).map(s -> s[1]).reduce((a, b) -> b).orElse(null);
        int roll = r.nextInt(100);
        ChatRecord rec;
        if (prior != null && roll < 3) {
            rec = new ChatRecord(seq, msgid, "recall", from, to, roomid, msgtime, "revoke", Map.of("pre_msgid", prior), null);
        } else if (roll < 11) {
            rec = media(seq, msgid, from, to, msgtime, "image");
        } else if (roll < 16) {
            rec = media(seq, msgid, from, to, msgtime, "voice");
        } else if (roll < 21) {
            rec = media(seq, msgid, from, to, msgtime, "file");
        } else {
            String[] phrases = from.startsWith("wm") ? ChatPhrases.CUSTOMER : external ? ChatPhrases.SELLER : ChatPhrases.COLLEAGUE;
            rec = new ChatRecord(seq, msgid, "send", from, to, roomid, msgtime, "text",
                    Map.of("content", ChatPhrases.pick(phrases, r, "王总")), null);
        }
        burstSent.add(new String[]{from, msgid});
        return rec;
    }

    private void startBurst() {
        burstLeft = 1 + r.nextInt(8);
        burstSent.clear();
        Member m = archived.get(r.nextInt(archived.size()));
        List<FollowInfo> customers = externals.followedBy(m.userid());
        int kind = r.nextInt(10);
        roomid = "";
        if (kind < 7 && !customers.isEmpty()) {
            parties = List.of(m.userid(), customers.get(r.nextInt(customers.size())).externalUserid());
        } else if (kind < 9 || rooms.isEmpty()) {
            Member colleague = everyone.get(r.nextInt(everyone.size()));
            Member other = colleague.userid().equals(m.userid())
                    ? everyone.get((everyone.indexOf(colleague) + 1) % everyone.size()) : colleague;
            parties = List.of(m.userid(), other.userid());
        } else {
            int i = r.nextInt(rooms.size());
            parties = rooms.get(i);
            roomid = roomIds.get(i);
        }
    }

    private ChatRecord media(long seq, String msgid, String from, List<String> to, long msgtime, String type) {
        int index = media.size();
        long bits = r.nextLong();
        MediaFile f = switch (type) {
            case "image" -> new MediaFile(index, type, 8_000 + r.nextInt(r.nextInt(10) == 0 ? 900_000 : 150_000),
                    null, r.nextBoolean() ? "jpg" : "png", 0, bits);
            case "voice" -> new MediaFile(index, type, 2_000 + r.nextInt(40_000), null, "amr", 1 + r.nextInt(59), bits);
            default -> {
                String name = ChatPhrases.FILES[r.nextInt(ChatPhrases.FILES.length)];
                yield new MediaFile(index, type, 20_000 + r.nextInt(r.nextInt(10) == 0 ? 1_600_000 : 200_000),
                        name, name.substring(name.lastIndexOf('.') + 1), 0, bits);
            }
        };
        media.add(f);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("sdkfileid", MediaFile.sdkFileId(seed, index));
        return new ChatRecord(seq, msgid, "send", from, to, roomid, msgtime, type, content, f);
    }
}
