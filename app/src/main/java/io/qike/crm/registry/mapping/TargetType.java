package io.qike.crm.registry.mapping;

import io.qike.crm.integration.ResultFieldType;
import java.util.Set;

/**
 * The kind of customer field a registry value is written to; it decides the conversion (日期、注册资本、
 * 登记状态、所在地区) and which flow output types may feed it.
 */
public enum TargetType {
    TEXT, CREDIT_CODE, MONEY, CURRENCY, DATE, STATUS, REGION, PHONE, EMAIL, URL, NUMBER, BOOLEAN, OPTION;

    /** Whether an output of this flow type can be converted to this target. */
    public boolean accepts(ResultFieldType source) {
        return switch (source) {
            case STRING -> true;
            case NUMBER -> Set.of(TEXT, MONEY, NUMBER).contains(this);
            case DATE -> Set.of(TEXT, DATE).contains(this);
            case BOOLEAN -> Set.of(TEXT, BOOLEAN).contains(this);
            case LIST -> Set.of(TEXT, PHONE, EMAIL, URL).contains(this);
            case OBJECT -> false;
        };
    }
}
