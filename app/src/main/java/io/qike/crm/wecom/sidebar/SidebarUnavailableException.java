package io.qike.crm.wecom.sidebar;

/** The sidebar cannot sign its page: WeCom is not connected, or WeCom refused the ticket (the errcode explained). */
public class SidebarUnavailableException extends RuntimeException {
    private final String messageKey;
    private final String actionKey;
    private final transient Object[] args;

    public SidebarUnavailableException(String messageKey, String actionKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.actionKey = actionKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public String actionKey() {
        return actionKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
