package io.qike.crm.integration;

/** A field the flow returns (配置输出组件): its name, label, type and the expression that fills it. */
public record OutputField(String name, String label, ResultFieldType type, String expression) {
    public OutputField {
        if (type == null) type = ResultFieldType.STRING;
    }
}
