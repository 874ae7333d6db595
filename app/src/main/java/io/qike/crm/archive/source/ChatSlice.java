package io.qike.crm.archive.source;

import java.util.List;

/**
 * What GetChatData gave: the items, or a failure ({@code reason} one of {@link #IP_NOT_TRUSTED}, {@link #LICENCE_EXPIRED},
 * {@link #WRONG_SECRET}, {@link #NATIVE_SDK_MISSING}, {@link #UNREACHABLE}, {@link #SOURCE_FAILED}) with the SDK's
 * {@code ret} and WeCom's {@code errcode} as far as known.
 */
public record ChatSlice(List<ChatItem> items, String reason, Integer ret, Integer errcode, String detail) {
    public static final String IP_NOT_TRUSTED = "ip_not_trusted";
    public static final String LICENCE_EXPIRED = "licence_expired";
    public static final String WRONG_SECRET = "wrong_secret";
    public static final String NATIVE_SDK_MISSING = "native_sdk_missing";
    public static final String UNREACHABLE = "unreachable";
    public static final String SOURCE_FAILED = "source_failed";

    public static ChatSlice of(List<ChatItem> items) {
        return new ChatSlice(List.copyOf(items), null, 0, 0, null);
    }

    /** The failure an SDK ret (≠ 0) or a WeCom errcode (≠ 0, with ret 0) stands for. */
    public static ChatSlice failed(int ret, int errcode, String detail) {
        String reason = ret == 10009 ? IP_NOT_TRUSTED
                : errcode == 301052 ? LICENCE_EXPIRED
                : errcode == 48002 || errcode == 40001 || errcode == 40091 || errcode == 40013 ? WRONG_SECRET
                : SOURCE_FAILED;
        return new ChatSlice(List.of(), reason, ret, errcode, detail);
    }

    public static ChatSlice failed(String reason, String detail) {
        return new ChatSlice(List.of(), reason, null, null, detail);
    }

    public boolean ok() {
        return reason == null;
    }

    /** The code to show with the failure: WeCom's errcode if it gave one, else the SDK's ret. */
    public Integer code() {
        return errcode != null && errcode != 0 ? errcode : ret != null && ret != 0 ? ret : null;
    }
}
