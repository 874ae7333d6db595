package io.qike.crm.platform.validation;

/**
 * How long a text field may be, in characters: the one number the server's check ({@link Checks#text}) and the
 * form's {@code maxlength} (through the {@code limits} bean, {@code ${@limits.max('CUSTOMER_NAME')}}) both read,
 * so a form never lets the user type what the server then refuses.
 */
public enum MaxLength {
    CUSTOMER_NAME(200), CUSTOMER_LEGAL_REPRESENTATIVE(50), CUSTOMER_ADDRESS(300), CUSTOMER_REGION(100),
    CUSTOMER_INDUSTRY(100), CUSTOMER_BUSINESS_SCOPE(4000),
    CONTACT_NAME(50), CONTACT_TITLE(50),
    SALES_RECORD_CONTENT(10_000), FEED_SHARE(2_000),
    USER_LOGIN(64), USER_DISPLAY_NAME(64),
    CUSTOM_FIELD_LABEL(50),
    TODO_TITLE(200), TODO_NOTE(2_000),
    POOL_NAME(100), POOL_RETURN_REASON(500);

    private final int chars;

    MaxLength(int chars) {
        this.chars = chars;
    }

    public int chars() {
        return chars;
    }
}
