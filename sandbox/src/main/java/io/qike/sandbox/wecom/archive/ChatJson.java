package io.qike.sandbox.wecom.archive;

import java.util.LinkedHashMap;
import java.util.Map;

/** The decrypted message shapes documented for the Finance SDK (text, image, voice, file, revoke, switch). */
final class ChatJson {
    private ChatJson() {
    }

    static Map<String, Object> of(ChatRecord rec, String md5) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("msgid", rec.msgid());
        m.put("action", rec.action());
        if (rec.action().equals("switch")) {
            m.put("time", rec.msgtime());
            m.put("user", rec.from());
            return m;
        }
        m.put("from", rec.from());
        m.put("tolist", rec.tolist());
        m.put("roomid", rec.roomid());
        m.put("msgtime", rec.msgtime());
        m.put("msgtype", rec.msgtype());
        Map<String, Object> body = new LinkedHashMap<>();
        MediaFile f = rec.media();
        switch (rec.msgtype()) {
            case "image" -> {
                body.put("md5sum", md5);
                body.put("filesize", f.size());
            }
            case "voice" -> {
                body.put("md5sum", md5);
                body.put("voice_size", f.size());
                body.put("play_length", f.playLength());
            }
            case "file" -> {
                body.put("md5sum", md5);
                body.put("filename", f.fileName());
                body.put("fileext", f.ext());
                body.put("filesize", f.size());
            }
            default -> {
            }
        }
        body.putAll(rec.content());
        m.put(rec.msgtype(), body);
        return m;
    }
}
