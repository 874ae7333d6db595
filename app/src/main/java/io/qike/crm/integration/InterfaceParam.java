package io.qike.crm.integration;

/** A declared input of an interface or of an action flow's trigger (自定义事件的入参). */
public record InterfaceParam(String name, String label, ParamType type, Boolean required) {
    public InterfaceParam {
        if (type == null) type = ParamType.STRING;
        required = required != null && required;
    }
}
