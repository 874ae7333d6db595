package io.qike.crm.archive.source;

import com.tencent.wework.Finance;
import io.qike.crm.archive.ArchiveCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatDatas;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Tencent's Finance SDK through WxJava's {@code WxCpMsgAuditService} ({@code qike.wecom.archive.source=native}, Linux
 * only). The native library is named by {@code qike.wecom.archive.sdk-path} in WxJava's msgAuditLibPath form (a
 * directory and comma-separated file names, e.g. {@code /opt/wework/libWeWorkFinanceSdk_Java.so}); without it every
 * call fails with {@link ChatSlice#NATIVE_SDK_MISSING}. The 会话存档 Secret is mandatory (the app secret answers 48002).
 * WxJava's own RSA step (one private key, publickey_ver ignored) is not used: the puller decrypts the random key,
 * this class only runs DecryptData.
 */
@Component
@ConditionalOnProperty(name = "qike.wecom.archive.source", havingValue = "native")
class NativeArchiveSource implements ArchiveSource {
    private static final Pattern RET = Pattern.compile("ret\\D*(-?\\d+)");
    private static final long TIMEOUT_SECONDS = 60;
    private final String libPath;

    NativeArchiveSource(@Value("${qike.wecom.archive.sdk-path:" + io.qike.crm.archive.NativeFinanceSdk.DEFAULT_PATH + "}") String libPath) {
        this.libPath = libPath == null ? "" : libPath.trim().replace('\\', '/');
    }

    /** Whether every library file the path names is there (WxJava loads them with System.load). */
    boolean libraryPresent() {
        if (libPath.isEmpty()) return false;
        String[] files = libPath.split(",");
        int slash = files[0].lastIndexOf('/');
        String dir = slash < 0 ? "" : files[0].substring(0, slash + 1);
        for (int i = 0; i < files.length; i++) {
            String name = i == 0 ? files[0] : dir + files[i].trim();
            if (!Files.isReadable(Path.of(name))) return false;
        }
        return true;
    }

    @Override
    public ChatSlice chatData(ArchiveCredentials c, long seq, int limit) {
        if (!libraryPresent()) return ChatSlice.failed(ChatSlice.NATIVE_SDK_MISSING, "no Finance SDK at qike.wecom.archive.sdk-path");
        WxCpChatDatas datas;
        try {
            datas = service(c).getMsgAuditService().getChatDatas(seq, limit, null, null, TIMEOUT_SECONDS);
        } catch (UnsatisfiedLinkError e) {
            return ChatSlice.failed(ChatSlice.NATIVE_SDK_MISSING, e.getClass().getSimpleName());
        } catch (Exception e) {
            return ChatSlice.failed(ret(e.getMessage()), 0, e.getClass().getSimpleName());
        }
        try {
            if (datas.getErrCode() != null && datas.getErrCode() != 0) return ChatSlice.failed(0, datas.getErrCode(), datas.getErrMsg());
            List<ChatItem> items = new ArrayList<>();
            if (datas.getChatData() != null) {
                for (WxCpChatDatas.WxCpChatData d : datas.getChatData()) {
                    items.add(new ChatItem(d.getSeq(), d.getMsgId(), d.getPublickeyVer(), d.getEncryptRandomKey(), d.getEncryptChatMsg()));
                }
            }
            return ChatSlice.of(items);
        } finally {
            // WxJava creates an SDK handle per call and hands it over; it is ours to destroy (once).
            if (datas.getSdk() != null) Finance.DestroySdk(datas.getSdk());
        }
    }

    @Override
    public String decryptData(String randomKey, String encryptChatMsg) {
        if (!libraryPresent()) throw new ArchiveSourceException(ChatSlice.NATIVE_SDK_MISSING, null, "no Finance SDK");
        long sdk = Finance.SingletonSDK();
        long slice = Finance.NewSlice();
        try {
            int ret = Finance.DecryptData(sdk, randomKey, encryptChatMsg, slice);
            if (ret != 0) throw new ArchiveSourceException("decrypt_failed", ret, "DecryptData ret " + ret);
            return Finance.GetContentFromSlice(slice);
        } finally {
            Finance.FreeSlice(slice);
        }
    }

    @Override
    public MediaChunk mediaData(ArchiveCredentials c, String sdkFileId, String indexBuf) {
        if (!libraryPresent()) throw new ArchiveSourceException(ChatSlice.NATIVE_SDK_MISSING, null, "no Finance SDK");
        long sdk = Finance.NewSdk();
        long media = Finance.NewMediaData();
        try {
            int ret = Finance.Init(sdk, c.corpId(), c.secret());
            if (ret == 0) ret = Finance.GetMediaData(sdk, indexBuf == null ? "" : indexBuf, sdkFileId, null, null, TIMEOUT_SECONDS, media);
            if (ret != 0) throw new ArchiveSourceException(ChatSlice.failed(ret, 0, null).reason(), ret, "GetMediaData ret " + ret);
            return new MediaChunk(Finance.GetOutIndexBuf(media), Finance.GetData(media), Finance.IsMediaDataFinish(media) == 1);
        } finally {
            Finance.FreeMediaData(media);
            Finance.DestroySdk(sdk);
        }
    }

    private WxCpServiceImpl service(ArchiveCredentials c) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(c.corpId());
        config.setCorpSecret(c.secret());
        config.setMsgAuditSecret(c.secret());
        config.setMsgAuditLibPath(libPath);
        config.setBaseApiUrl(c.baseUrl());
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        return service;
    }

    private static int ret(String message) {
        Matcher m = RET.matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : 10003;
    }
}
