package io.qike.crm.archive.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.archive.ArchiveCredentials;
import org.junit.jupiter.api.Test;

/** Tencent's SDK cannot run here: without its library the native source says so, with a reason the status shows. */
class NativeArchiveSourceTest {
    final ArchiveCredentials c = new ArchiveCredentials(1, "wwcorp", "secret", "app", "https://qyapi.weixin.qq.com");

    @Test
    void withoutTheLibraryEveryCallFailsWithNativeSdkMissing() {
        for (String path : new String[]{"", "/nonexistent/libWeWorkFinanceSdk_Java.so"}) {
            NativeArchiveSource source = new NativeArchiveSource(path);
            ChatSlice slice = source.chatData(c, 0, 1000);
            assertThat(slice.ok()).isFalse();
            assertThat(slice.reason()).isEqualTo(ChatSlice.NATIVE_SDK_MISSING);
            assertThatThrownBy(() -> source.mediaData(c, "id", "")).isInstanceOfSatisfying(ArchiveSourceException.class,
                    e -> assertThat(e.reason()).isEqualTo(ChatSlice.NATIVE_SDK_MISSING));
            assertThatThrownBy(() -> source.decryptData("k", "m")).isInstanceOf(ArchiveSourceException.class);
        }
    }
}
