package io.qike.crm.archive.diagnosis;

import io.qike.crm.archive.NativeFinanceSdk;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import org.springframework.stereotype.Component;

/** Tencent's native Finance SDK on this server, when the production source is configured. */
@Component
class ArchiveSdkCheck implements WecomCheck {
    @Override
    public String id() {
        return "86-archive-sdk";
    }

    @Override
    public String labelKey() {
        return "archive.check.sdk";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        if (!NativeFinanceSdk.nativeSourceConfigured()) return WecomCheckResult.ok("archive.check.sdk.notNeeded");
        if (NativeFinanceSdk.available()) return WecomCheckResult.ok("archive.check.sdk.ok", NativeFinanceSdk.expectedPath());
        return WecomCheckResult.fail("archive.sdk.missing", "archive.sdk.install", NativeFinanceSdk.expectedPath());
    }
}
