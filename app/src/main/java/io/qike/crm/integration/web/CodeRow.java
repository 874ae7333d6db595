package io.qike.crm.integration.web;

import io.qike.crm.integration.CodeMessage;
import io.qike.crm.platform.validation.Text;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * A provider's result code on the interface form: its message and whether a retry may help. A message the
 * presets wrote as a bundle key (registry.code.qichacha.201) is shown as its text in the reader's language and
 * kept as the key when saved unchanged, so it stays bilingual; an edited text replaces it.
 */
public class CodeRow {
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_\\-]+)+");
    private String code, message, key, keyText;
    private boolean retryable;

    static CodeRow of(CodeMessage c) {
        CodeRow r = new CodeRow();
        r.code = c.code();
        r.message = c.message();
        r.retryable = c.retryable();
        return r;
    }

    /** Replaces a bundle key by its text, remembering both. */
    void showText(MessageSource messages, Locale locale) {
        if (key != null || message == null || !KEY.matcher(message.trim()).matches()) return;
        String text = messages.getMessage(message.trim(), null, null, locale);
        if (text == null) return;
        key = message.trim();
        keyText = text;
        message = text;
    }

    /** What is saved: the key while its text is unchanged, otherwise the text as typed. */
    String stored() {
        if (key != null && Objects.equals(Text.trimToNull(message), Text.trimToNull(keyText))) return key;
        return Text.trimToNull(message);
    }

    boolean isBlank() {
        return (code == null || code.isBlank()) && (message == null || message.isBlank());
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { message = v; }
    public String getKey() { return key; }
    public void setKey(String v) { key = Text.trimToNull(v); }
    public String getKeyText() { return keyText; }
    public void setKeyText(String v) { keyText = v; }
    public boolean isRetryable() { return retryable; }
    public void setRetryable(boolean v) { retryable = v; }
}
