package io.qike.crm.platform.web;

import io.qike.crm.platform.validation.MaxLength;
import org.springframework.stereotype.Component;

/** Input limits for templates: {@code th:maxlength="${@limits.max('CUSTOMER_NAME')}"} shows the server's own rule. */
@Component("limits")
public class Limits {
    /** SpEL turns the constant's name into the enum, so a misspelt name fails when the page renders. */
    public int max(MaxLength limit) {
        return limit.chars();
    }
}
